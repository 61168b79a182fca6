# METADATA
# title: Third-party cookie without its provider
# description: |
#   The information given before consent to a cookie must say whether third
#   parties have access to it (Planet49). A cookie marked as set by a third
#   party but not naming that third party leaves the user unable to tell who
#   reads it.
# related_resources:
#   - description: CJEU C-673/17, Planet49 (information on third-party access to cookies)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-673/17
#   - description: ePrivacy Directive 2002/58/EC, Art. 5(3), clear and comprehensive information
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
# custom:
#   id: cookie-third-party
#   severity: warning
#   references:
#     - ePrivacy Directive Art. 5(3)
#     - CJEU C-673/17
#   fix: |
#     Name the provider of each third-party cookie (provider) and its country
#     (provider_country).
#   examples:
#     avoid: |
#       cookies:
#         - name: _fbp
#           party: third
#           purpose: marketing
#           duration: P3M
#     prefer: |
#       cookies:
#         - name: _fbp
#           provider: Meta Platforms Ireland Limited
#           provider_country: IE
#           party: third
#           purpose: marketing
#           duration: P3M
# scope: package
package noticelint.rules.cookies.cookie_third_party

import data.noticelint.lib.text

report contains {
	"message": $"Cookie \"{cookie.name}\" is set by a third party that the notice does not name.",
	"pointer": $"/cookies/{i}",
} if {
	some i, cookie in input.notice.cookies
	cookie.party == "third"
	text.blank(object.get(cookie, "provider", ""))
}
