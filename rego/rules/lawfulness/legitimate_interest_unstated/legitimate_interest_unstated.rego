# METADATA
# title: Legitimate interest not stated
# description: |
#   Where a purpose relies on legitimate interests (Art. 6(1)(f)), the notice
#   must state the interest pursued by the controller or a third party
#   (Art. 13(1)(d), 14(2)(b)). Without it people cannot judge the balance the
#   controller struck or whether to object under Art. 21(1).
# related_resources:
#   - description: GDPR Art. 13(1)(d), the legitimate interests pursued
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(2)(b), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Art. 6(1)(f), legitimate interests
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#   - description: CJEU C-621/22, Koninklijke Nederlandse Lawn Tennisbond, what can be a legitimate interest
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-621/22
# custom:
#   id: legitimate-interest-unstated
#   severity: error
#   references:
#     - GDPR Art. 13(1)(d)
#     - GDPR Art. 14(2)(b)
#     - GDPR Art. 6(1)(f)
#   fix: |
#     State in legitimate_interest the specific interest pursued, such as
#     "preventing fraud in online payments", not a general formula such as
#     "our legitimate interests".
#   examples:
#     avoid: |
#       activities:
#         - name: Fraud prevention
#           purposes:
#             - description: Screening online orders for payment fraud
#               legal_bases: [legitimate_interests]
#     prefer: |
#       activities:
#         - name: Fraud prevention
#           purposes:
#             - description: Screening online orders for payment fraud
#               legal_bases: [legitimate_interests]
#               legitimate_interest: Protecting our shop and our customers against fraudulent orders
# scope: package
package noticelint.rules.lawfulness.legitimate_interest_unstated

report contains {
	"message": $"The purpose \"{purpose.description}\" of the activity \"{activity.name}\" relies on legitimate interests but does not say which interest is pursued.",
	"pointer": $"/activities/{i}/purposes/{j}",
} if {
	some i, activity in input.notice.activities
	some j, purpose in activity.purposes
	"legitimate_interests" in purpose.legal_bases
	trim_space(object.get(purpose, "legitimate_interest", "")) == "" # text.blank, without a call per purpose
}
