Dear |DOCUMENT_UPLOADER_NAME|,

The document |DOCUMENT_FILE_NAME| that you uploaded into the |DOCUMENT_PANEL_NAME| in the Document portal on |DOCUMENT_UPLOAD_DATE| is not acceptable for the USCIS.

Representative should insert text here explaining reason for document rejection and/or possible changes.

This document was deleted from your document portal.

Sincerely,
|LEGAL_REP_FULL_NAME|