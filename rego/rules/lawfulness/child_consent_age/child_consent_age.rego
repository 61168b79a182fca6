# METADATA
# title: Parental consent age below the national age of digital consent
# description: |
#   When an information society service is offered directly to children and
#   relies on consent, consent given by a child below the age of digital
#   consent is valid only if a parent gives or authorises it (Art. 8(1)). The
#   age is 16 unless the member state set a lower one, never below 13. The rule
#   fires when the notice asks for a parent's consent only below an age lower
#   than the age in force in a targeted country, or sets no age at all. The
#   targeted countries are children.countries, else the controller's country,
#   else the GDPR default applies.
# related_resources:
#   - description: GDPR Art. 8, conditions applicable to a child's consent for information society services
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_8
#   - description: EDPB Guidelines 05/2020 on consent, section 7 on children
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: child-consent-age
#   severity: error
#   references:
#     - GDPR Art. 8(1)
#   fix: |
#     Set children.parental_consent_below_age to at least the highest age of
#     digital consent among the countries whose children the service targets
#     (16 unless national law lowers it, for example 13 in Belgium or 15 in
#     France), and say how parental consent is obtained and verified.
#   examples:
#     avoid: |
#       controller:
#         address:
#           city: Lille
#           country: FR
#       activities:
#         - name: Player accounts
#           purposes:
#             - description: Running your account in our reading game
#               legal_bases: [consent]
#       children:
#         directed_at_children: true
#         parental_consent_below_age: 13  # the age of digital consent in France is 15
#     prefer: |
#       controller:
#         address:
#           city: Lille
#           country: FR
#       activities:
#         - name: Player accounts
#           purposes:
#             - description: Running your account in our reading game
#               legal_bases: [consent]
#       children:
#         directed_at_children: true
#         parental_consent_below_age: 15
#         parental_consent_method: A parent confirms by e-mail and a one-cent card payment.
# scope: package
package noticelint.rules.lawfulness.child_consent_age

import data.noticelint.facts
import data.noticelint.lib.notice

report contains {
	"message": $"The notice asks for a parent's consent only below age {children.parental_consent_below_age}, but the age of digital consent is {_and(_too_high)}.",
	"pointer": "/children/parental_consent_below_age",
} if {
	children := input.notice.children
	children.parental_consent_below_age
	_applies
	count(_too_high) > 0
}

report contains {
	"message": $"The service is directed at children and relies on consent, but the notice sets no age below which a parent must consent; the age of digital consent is {_and(_too_high)}.",
	"pointer": "/children",
} if {
	children := input.notice.children
	not children.parental_consent_below_age
	_applies
	count(_too_high) > 0
}

# Art. 8(1) applies to a service offered directly to children that relies on consent.
_applies if {
	input.notice.children.directed_at_children == true
	notice.relies_on("consent")
}

# The countries whose children are targeted, "" standing for the GDPR default
# when the notice names none and gives no controller country.
_countries := {c | some c in input.notice.children.countries}

_targets := _countries if count(_countries) > 0

_targets := {notice.controller_country} if {
	count(_countries) == 0
	notice.controller_country
}

_targets := {""} if {
	count(_countries) == 0
	not notice.controller_country
}

_age(country) := facts.consent_ages.countries[country].age

_age(country) := facts.consent_ages.default if not facts.consent_ages.countries[country]

_label(age, "") := $"{age} (the GDPR default)"

_label(age, country) := $"{age} in {country}" if country != ""

# _too_high lists, in country order, each targeted country whose age is above
# the notice's parental-consent age (every one when the notice gives none).
_too_high := [_label(age, country) |
	some country in sort(_targets)
	age := _age(country)
	_above(age)
]

_above(age) if age > input.notice.children.parental_consent_below_age

_above(_) if not input.notice.children.parental_consent_below_age

# _and joins phrases as an English list: "a", "a and b", "a, b and c".
_and(items) := items[0] if count(items) == 1

_and(items) := concat(" and ", [concat(", ", array.slice(items, 0, count(items) - 1)), items[count(items) - 1]]) if count(items) > 1
