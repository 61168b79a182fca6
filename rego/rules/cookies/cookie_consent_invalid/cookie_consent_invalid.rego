# METADATA
# title: Cookie consent obtained in an invalid way
# description: |
#   Consent to cookies must be a freely given, specific and unambiguous
#   opt-in. A pre-ticked box is not consent (Planet49); continuing to browse
#   or scrolling is not a clear affirmative act; accepting the privacy policy
#   is not specific consent; and a cookie wall that blocks the site until the
#   user accepts makes consent not freely given.
# related_resources:
#   - description: CJEU C-673/17, Planet49 (a pre-ticked box is not valid consent)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-673/17
#   - description: EDPB Guidelines 05/2020 on consent, §§38-41 (cookie walls) and §86 (scrolling)
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#   - description: ePrivacy Directive 2002/58/EC, Art. 5(3)
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
#   - description: GDPR Art. 4(11) and 7, the definition and conditions of consent
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7
# custom:
#   id: cookie-consent-invalid
#   severity: error
#   references:
#     - ePrivacy Directive Art. 5(3)
#     - CJEU C-673/17
#     - EDPB Guidelines 05/2020 §§38-41, 86
#     - GDPR Art. 4(11)
#   fix: |
#     Ask consent with an opt-in banner (mechanism opt_in): no box ticked in
#     advance, nothing inferred from browsing or from accepting the policy, a
#     reject option as plain as accept, and the site usable without accepting.
#   examples:
#     avoid: |
#       cookie_consent:
#         mechanism: implied_by_browsing  # "by continuing to browse you accept cookies"
#     prefer: |
#       cookie_consent:
#         mechanism: opt_in
#         reject_option: true
#         withdrawal: Use the "Cookie settings" link at the bottom of every page.
# scope: package
package noticelint.rules.cookies.cookie_consent_invalid

import data.noticelint.lib.consent

_why := {
	"implied_by_browsing": "takes continued browsing as consent, which is not a clear affirmative act",
	"bundled_with_policy": "takes acceptance of the privacy or cookie policy as consent, which is not specific consent",
	"pre_ticked": "uses a pre-ticked box, which is not valid consent",
	"cookie_wall": "blocks the site until cookies are accepted, so consent is not freely given",
}

# Site-wide: once, whether or not cookies are listed.
report contains {
	"message": $"The cookie banner {why}.",
	"pointer": "/cookie_consent/mechanism",
} if {
	why := _why[input.notice.cookie_consent.mechanism]
}

# A cookie's own consent, for a cookie that needs consent.
report contains {
	"message": $"Consent to cookie \"{cookie.name}\" {why}.",
	"pointer": $"/cookies/{i}/consent",
} if {
	some i, cookie in input.notice.cookies
	why := _why[cookie.consent]
	consent.cookie_needs_consent(cookie)
}
