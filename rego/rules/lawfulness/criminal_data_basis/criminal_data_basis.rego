# METADATA
# title: Criminal-offence data without an Art. 10 basis
# description: |
#   Personal data relating to criminal convictions and offences may be
#   processed only under the control of official authority or when Union or
#   member-state law authorises it with appropriate safeguards (Art. 10). A
#   notice that declares such data must name that authority or law; without
#   it the processing has no visible legal ground.
# related_resources:
#   - description: GDPR Art. 10, processing of personal data relating to criminal convictions and offences
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_10
#   - description: GDPR Art. 13(1)(c), the legal basis of the processing
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
# custom:
#   id: criminal-data-basis
#   severity: error
#   references:
#     - GDPR Art. 10
#     - GDPR Art. 13(1)(c)
#   fix: |
#     Name in criminal_data.basis the official authority or the law that
#     authorises the processing, such as Art. 10 of the Belgian Act of 30 July
#     2018 or the national law that requires a certificate of good conduct.
#   examples:
#     avoid: |
#       activities:
#         - name: Recruitment of youth workers
#           criminal_data:
#             description: Extract from the criminal record (model 2)
#     prefer: |
#       activities:
#         - name: Recruitment of youth workers
#           criminal_data:
#             description: Extract from the criminal record (model 2)
#             basis: Belgian Code of Criminal Procedure, Article 596, second paragraph (work with minors)
# scope: package
package noticelint.rules.lawfulness.criminal_data_basis

import data.noticelint.lib.text

report contains {
	"message": $"The activity \"{activity.name}\" processes data on criminal convictions or offences but names no official authority or law that authorises it.",
	"pointer": $"/activities/{i}/criminal_data",
} if {
	some i, activity in input.notice.activities
	criminal := activity.criminal_data
	not _based(criminal)
}

_based(criminal) if not text.blank(criminal.basis)
