-- A traveller's payload comes in parts (envelope v2): the identity (the machine-readable zone) goes to the parties an
-- agreement discloses traveller-identity to, the document's facts to those it discloses travel-documents to.
-- data_recipients are now the identity's recipients; document_recipients the document's. A version 1 entry had one
-- payload for both. A rebuild recomputes both from the log.
ALTER TABLE travel_cases ADD COLUMN document_recipients text[];
UPDATE travel_cases SET document_recipients = data_recipients;
ALTER TABLE travel_cases ALTER COLUMN document_recipients SET NOT NULL;
