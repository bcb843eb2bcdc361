SECTION 21 NOTICE
(Notice requiring possession of a property let on an assured shorthold tenancy)

Housing Act 1988 section 21(1) and (4) as amended by section 194 and paragraph 103 of Schedule 11 to the Local Government and Housing Act 1989

To: {{ $tenant_name }}

TAKE NOTICE that possession is required on or after {{ $possession_date }} of the premises known as:
{{ $property_address }}

which are occupied under an assured shorthold tenancy.

Dated: {{ $notice_date }}

Signed: ________________________
(Landlord/Agent)

Name and address of landlord/agent:
{{ $landlord_name }}
{{ $landlord_address }}

NOTES:
1. This notice is valid for six months from the date of service.
2. If the tenant does not leave the dwelling, the landlord must get an order for possession from the court before the tenant can lawfully be evicted.
3. The date specified in paragraph 1 above must not be earlier than two months from the date this notice is served and must not be earlier than the date on which the tenancy could be brought to an end under the terms of the tenancy agreement.