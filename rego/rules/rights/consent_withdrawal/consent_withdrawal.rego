# METADATA
# title: No way to withdraw consent
# description: |
#   Where processing rests on consent, people may withdraw it at any time, as
#   easily as they gave it, and must be told so and how before they consent.
#   This flags a notice that relies on consent for purposes, special-category
#   data or cookies without saying how to withdraw it.
# related_resources:
#   - description: GDPR Art. 7(3), withdrawing consent at any time, as easily as giving it
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7
#   - description: GDPR Art. 13(2)(c) and 14(2)(d), informing of the right to withdraw consent
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: EDPB Guidelines 05/2020 on consent under Regulation 2016/679, on withdrawal
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: consent-withdrawal
#   severity: error
#   references:
#     - GDPR Art. 7(3)
#     - GDPR Art. 13(2)(c)
#     - GDPR Art. 14(2)(d)
#   fix: |
#     Say how consent can be withdrawn, at any time and as easily as it was
#     given (rights.consent_withdrawal), for example by an unsubscribe link or
#     the account settings; for cookies, a cookie settings link on every page
#     (cookie_consent.withdrawal).
#   examples:
#     avoid: |
#       activities:
#         - name: Newsletter
#           purposes:
#             - description: Sending our monthly newsletter
#               legal_bases: [consent]
#       rights:
#         exercise:
#           email: privacy@example.be
#     prefer: |
#       activities:
#         - name: Newsletter
#           purposes:
#             - description: Sending our monthly newsletter
#               legal_bases: [consent]
#       rights:
#         exercise:
#           email: privacy@example.be
#         consent_withdrawal: >-
#           Click the unsubscribe link in any newsletter or e-mail privacy@example.be.
#           Withdrawing does not affect what we did with your consent before.
# scope: package
package noticelint.rules.rights.consent_withdrawal

import data.noticelint.lib.consent
import data.noticelint.lib.text

# Purposes and special-category data: only the rights section can say it.
# The notice's own statements come first: when it says how, the reliances on
# consent are never collected.
report contains {
	"message": $"The notice relies on consent for {_list(relied)} but does not say how to withdraw that consent.",
	"pointer": _pointer(relied),
} if {
	not _rights_say_how
	relied := _sorted({r | some r in consent.reliances; not _is_cookie(r)})
	count(relied) > 0
}

# Cookies: the cookie consent settings or the rights section can say it.
report contains {
	"message": $"The notice relies on consent for {_list(relied)} but neither the cookie consent settings nor the rights section say how to withdraw that consent.",
	"pointer": _pointer(relied),
} if {
	not _rights_say_how
	not _cookie_settings_say_how
	relied := _sorted({r | some r in consent.reliances; _is_cookie(r)})
	count(relied) > 0
}

_is_cookie([pointer, _]) if startswith(pointer, "/cookies/")

_rights_say_how if not text.blank(input.notice.rights.consent_withdrawal)

_cookie_settings_say_how if not text.blank(input.notice.cookie_consent.withdrawal)

# _sorted orders reliances as they come in the notice, comparing the indexes
# in their pointers as numbers (so /cookies/2 comes before /cookies/10).
_sorted(reliances) := [[pointer, what] |
	some [_, pointer, what] in sort({[_indexes(pointer), pointer, what] | some [pointer, what] in reliances})
]

_indexes(pointer) := [to_number(m[0]) | some m in regex.find_all_string_submatch_n(`[0-9]+`, pointer, -1)]

_pointer(_) := "/rights" if input.notice.rights

_pointer(relied) := relied[0][0] if not input.notice.rights

# _list names up to three things that rely on consent, then how many more.
_list(relied) := _names(relied)[0] if count(relied) == 1

_list(relied) := concat(" and ", _names(relied)) if count(relied) == 2

_list(relied) := $"{concat(", ", array.slice(names, 0, 2))} and {names[2]}" if {
	count(relied) == 3
	names := _names(relied)
}

_list(relied) := $"{concat(", ", _names(relied))} and {count(relied) - 3} more" if count(relied) > 3

_names(relied) := [what | some [_, what] in array.slice(relied, 0, 3)]
