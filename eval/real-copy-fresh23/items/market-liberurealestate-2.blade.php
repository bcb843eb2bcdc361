SECTION 8 NOTICE
(Notice seeking possession of a property let on an assured tenancy or an assured agricultural occupancy)

Housing Act 1988 section 8 as amended by section 151 of the Housing Act 1996

To: {{ $tenant_name }}

TAKE NOTICE that possession is sought of the premises known as:
{{ $property_address }}

on the following ground(s):

{{ $grounds_for_possession }}

The court proceedings will not begin until after: {{ $notice_expiry_date }}

Dated: {{ $notice_date }}

Signed: ________________________
(Landlord/Agent)

Name and address of landlord/agent:
{{ $landlord_name }}
{{ $landlord_address }}

NOTES:
1. If the tenant or licensee does not leave the dwelling, the landlord or licensor must get an order for possession from the court before the tenant or licensee can lawfully be evicted.
2. The tenant or licensee can apply to the court for a postponement of the date of possession.