# METADATA
# title: Special-category data without an Art. 9(2) condition
# description: |
#   Processing of special categories of data (health, biometric, genetic data,
#   racial or ethnic origin, political opinions, religious or philosophical
#   beliefs, trade-union membership, sex life or sexual orientation) is
#   prohibited unless one of the conditions of Art. 9(2) applies, on top of an
#   Art. 6(1) basis. A notice that declares such data but names no condition
#   does not show that the processing is lawful.
# related_resources:
#   - description: GDPR Art. 9(1)-(2), processing of special categories of personal data
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
#   - description: GDPR Art. 13(1)(c), the legal basis of the processing
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
# custom:
#   id: special-category-condition
#   severity: error
#   references:
#     - GDPR Art. 9(1)
#     - GDPR Art. 9(2)
#     - GDPR Art. 13(1)(c)
#   fix: |
#     Give in special_categories.conditions the Art. 9(2) condition relied on,
#     such as explicit_consent or employment_social_security, and where the
#     condition rests on Union or member-state law, name it in
#     special_categories.law.
#   examples:
#     avoid: |
#       activities:
#         - name: Sick leave
#           special_categories:
#             categories: [health]
#     prefer: |
#       activities:
#         - name: Sick leave
#           special_categories:
#             categories: [health]
#             conditions: [employment_social_security]
#             law: Belgian Act of 3 July 1978 on employment contracts, Article 31
# scope: package
package noticelint.rules.lawfulness.special_category_condition

report contains {
	"message": $"The activity \"{activity.name}\" processes special-category data ({_list(special.categories)}) but names no Art. 9(2) condition that allows it.",
	"pointer": $"/activities/{i}/special_categories",
} if {
	some i, activity in input.notice.activities
	special := activity.special_categories
	count(object.get(special, "categories", [])) > 0
	count(object.get(special, "conditions", [])) == 0
}

_list(categories) := concat(", ", [replace(c, "_", " ") | some c in categories])
