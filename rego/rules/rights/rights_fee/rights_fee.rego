# METADATA
# title: Fee for every rights request
# description: |
#   Answering a data-subject request is free of charge. A controller may charge
#   a reasonable fee only for further copies of the data or for manifestly
#   unfounded or excessive requests, so a fee for every request is unlawful
#   and deters people from using their rights.
# related_resources:
#   - description: GDPR Art. 12(5), requests are free of charge
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: GDPR Art. 15(3), the first copy is free, further copies may carry a reasonable fee
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_15
#   - description: EDPB Guidelines 01/2022 on data subject rights, right of access
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2022/guidelines-012022-data-subject-rights-right_en
# custom:
#   id: rights-fee
#   severity: error
#   references:
#     - GDPR Art. 12(5)
#     - GDPR Art. 15(3)
#   fix: |
#     Make requests free (fee: free), or keep a reasonable fee only for further
#     copies (additional_copies) or manifestly unfounded or excessive requests
#     (excessive_requests).
#   examples:
#     avoid: |
#       rights:
#         fee: every_request
#     prefer: |
#       rights:
#         fee: excessive_requests
# scope: package
package noticelint.rules.rights.rights_fee

report contains {
	"message": "The notice charges a fee for every rights request, although requests are free and a fee is allowed only for further copies or manifestly unfounded or excessive requests.",
	"pointer": "/rights/fee",
} if {
	input.notice.rights.fee == "every_request"
}
