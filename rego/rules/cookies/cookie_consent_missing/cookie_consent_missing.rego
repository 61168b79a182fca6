# METADATA
# title: Cookie set without consent
# description: |
#   Storing or reading a cookie on the user's device needs the user's prior
#   consent, unless the cookie is strictly necessary for the service the user
#   asked for. This rule flags each cookie that is not known to be strictly
#   necessary when the notice says no consent is asked, or does not say how
#   consent is obtained.
# related_resources:
#   - description: ePrivacy Directive 2002/58/EC, Art. 5(3)
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
#   - description: CJEU C-673/17, Planet49 (consent to cookies)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-673/17
# custom:
#   id: cookie-consent-missing
#   severity: error
#   references:
#     - ePrivacy Directive Art. 5(3)
#     - CJEU C-673/17
#   fix: |
#     Ask prior opt-in consent before setting the cookie and say so in
#     cookie_consent.mechanism (opt_in) or the cookie's own consent field. If
#     the cookie is strictly necessary for a service the user asked for, set
#     its purpose to strictly_necessary.
#   examples:
#     avoid: |
#       cookies:
#         - name: _ga
#           provider: Google Ireland Limited
#           party: third
#           purpose: statistics
#           duration: P2Y
#     prefer: |
#       cookie_consent:
#         mechanism: opt_in
#         reject_option: true
#       cookies:
#         - name: _ga
#           provider: Google Ireland Limited
#           party: third
#           purpose: statistics
#           duration: P2Y
# scope: package
package noticelint.rules.cookies.cookie_consent_missing

import data.noticelint.lib.consent

report contains {
	"message": $"Cookie \"{cookie.name}\" is set without asking consent, although it is not strictly necessary.",
	"pointer": $"/cookies/{i}",
} if {
	some i, cookie in input.notice.cookies
	consent.cookie_needs_consent(cookie)
	consent.cookie_mechanism(cookie) == "none"
}

report contains {
	"message": $"The notice does not say how consent to cookie \"{cookie.name}\" is obtained, although the cookie is not strictly necessary.",
	"pointer": $"/cookies/{i}",
} if {
	some i, cookie in input.notice.cookies
	consent.cookie_needs_consent(cookie)
	not consent.cookie_mechanism(cookie)
}
