Your room change request was denied.
