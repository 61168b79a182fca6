# METADATA
# title: Cookie duration not given
# description: |
#   The information given before consent to a cookie must include how long
#   the cookie lasts (Planet49). A cookie listed without a duration, whether
#   a period or "session", leaves the user unable to judge what they accept.
# related_resources:
#   - description: CJEU C-673/17, Planet49 (information on the duration of cookies)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-673/17
#   - description: ePrivacy Directive 2002/58/EC, Art. 5(3), clear and comprehensive information
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
# custom:
#   id: cookie-duration
#   severity: warning
#   references:
#     - ePrivacy Directive Art. 5(3)
#     - CJEU C-673/17
#   fix: |
#     Give each cookie's duration: an ISO 8601 duration such as P13M, or
#     "session" for a cookie deleted when the browser closes.
#   examples:
#     avoid: |
#       cookies:
#         - name: cart_id
#           party: first
#           purpose: strictly_necessary
#     prefer: |
#       cookies:
#         - name: cart_id
#           party: first
#           purpose: strictly_necessary
#           duration: session
# scope: package
package noticelint.rules.cookies.cookie_duration

report contains {
	"message": $"Cookie \"{cookie.name}\" does not say how long it lasts.",
	"pointer": $"/cookies/{i}",
} if {
	some i, cookie in input.notice.cookies
	not cookie.duration
}
