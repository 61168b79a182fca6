# METADATA
# title: Electronic marketing without consent or soft opt-in
# description: |
#   Direct marketing by e-mail or SMS needs the recipient's prior consent,
#   unless all the conditions of the soft opt-in hold: the contact details were
#   obtained from a customer in the context of a sale, the messages market the
#   sender's own similar products or services, and the customer could refuse
#   free of charge and easily both when the details were collected and in every
#   message (ePrivacy Directive Art. 13(2)). Automated calling systems and fax
#   always need prior consent (Art. 13(1)); no soft opt-in exists for them.
# related_resources:
#   - description: Directive 2002/58/EC (ePrivacy Directive), Art. 13 on unsolicited communications
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
#   - description: GDPR Art. 6(1)(a) and Art. 7, consent
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7
#   - description: EDPB Guidelines 05/2020 on consent
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: electronic-marketing-consent
#   severity: warning
#   references:
#     - ePrivacy Directive 2002/58/EC Art. 13(1)
#     - ePrivacy Directive 2002/58/EC Art. 13(2)
#   fix: |
#     Ask for consent to electronic marketing (legal_bases: [consent] on the
#     marketing purpose), or, for e-mail and SMS to existing customers only,
#     meet and state every soft opt-in condition: existing_customers,
#     similar_products, opt_out_at_collection and opt_out_each_message all true.
#   examples:
#     avoid: |
#       activities:
#         - name: Offers by e-mail
#           purposes:
#             - description: Sending our customers offers by e-mail
#               legal_bases: [legitimate_interests]
#               legitimate_interest: Promoting our products to our customers
#           direct_marketing:
#             channels: [email]
#             opt_out: unconditional
#     prefer: |
#       activities:
#         - name: Offers by e-mail
#           purposes:
#             - description: Sending our customers offers by e-mail
#               legal_bases: [legitimate_interests]
#               legitimate_interest: Promoting our products to our customers
#           direct_marketing:
#             channels: [email]
#             opt_out: unconditional
#             existing_customers: true
#             similar_products: true
#             opt_out_at_collection: true
#             opt_out_each_message: true
# scope: package
package noticelint.rules.marketing.electronic_marketing_consent

_channel_names := {
	"email": "e-mail",
	"sms": "SMS",
	"automated_calls": "automated calls",
	"fax": "fax",
}

# The soft opt-in conditions of ePrivacy Art. 13(2), in the order the message lists them.
_soft_opt_in := [
	["existing_customers", "the messages go only to existing customers whose details were obtained in a sale"],
	["similar_products", "the messages market only the sender's own similar products or services"],
	["opt_out_at_collection", "customers could refuse marketing when their details were collected"],
	["opt_out_each_message", "every message offers a free and easy way to refuse further messages"],
]

report contains {
	"message": _soft_opt_in_message(activity.name, channels, missing),
	"pointer": $"/activities/{i}/direct_marketing",
} if {
	some i, activity in input.notice.activities
	marketing := activity.direct_marketing
	channels := [_channel_names[c] | some c in ["email", "sms"]; c in marketing.channels]
	count(channels) > 0
	not _consent(activity)
	missing := [words |
		some [field, words] in _soft_opt_in
		not object.get(marketing, field, false) == true
	]
	count(missing) > 0
}

report contains {
	"message": $"The activity \"{activity.name}\" markets by {_and(channels)} without consent, which these channels always need.",
	"pointer": $"/activities/{i}/direct_marketing",
} if {
	some i, activity in input.notice.activities
	marketing := activity.direct_marketing
	channels := [_channel_names[c] | some c in ["automated_calls", "fax"]; c in marketing.channels]
	count(channels) > 0
	not _consent(activity)
}

_soft_opt_in_message(name, channels, missing) := $"The activity \"{name}\" markets by {_and(channels)} without consent, and the notice states none of the soft opt-in conditions (existing customers only, the sender's own similar products, a free opt-out at collection and in every message)." if {
	count(missing) == count(_soft_opt_in)
}

_soft_opt_in_message(name, channels, missing) := $"The activity \"{name}\" markets by {_and(channels)} without consent, and the notice does not say that {_and(missing)}, as the soft opt-in requires." if {
	count(missing) < count(_soft_opt_in)
}

_consent(activity) if {
	some purpose in activity.purposes
	"consent" in purpose.legal_bases
}

# _and joins phrases as an English list: "a", "a and b", "a, b and c".
_and(items) := items[0] if count(items) == 1

_and(items) := concat(" and ", [concat(", ", array.slice(items, 0, count(items) - 1)), items[count(items) - 1]]) if count(items) > 1
