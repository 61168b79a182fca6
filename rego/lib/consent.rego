# METADATA
# title: Consent
# description: Where a notice relies on consent, in purposes, special categories and cookies.
# scope: package
package noticelint.lib.consent

# cookie_mechanism is how consent to a cookie is obtained: its own consent
# field, else the site-wide cookie_consent. Undefined when the notice is silent.
cookie_mechanism(cookie) := cookie.consent

cookie_mechanism(cookie) := input.notice.cookie_consent.mechanism if not cookie.consent

# cookie_needs_consent holds for a cookie that is not known to be strictly
# necessary (ePrivacy Art. 5(3)): a cookie with no purpose given is not
# known to be exempt.
cookie_needs_consent(cookie) if cookie.purpose != "strictly_necessary"

cookie_needs_consent(cookie) if not cookie.purpose

# reliances is every place the notice relies on consent, as [pointer, what].
reliances contains [$"/activities/{i}/purposes/{j}/legal_bases", $"the purpose \"{purpose.description}\""] if {
	some i, activity in input.notice.activities
	some j, purpose in activity.purposes
	"consent" in purpose.legal_bases
}

reliances contains [$"/activities/{i}/special_categories/conditions", $"the special-category data of \"{activity.name}\""] if {
	some i, activity in input.notice.activities
	"explicit_consent" in activity.special_categories.conditions
}

reliances contains [$"/cookies/{i}", $"the cookie \"{cookie.name}\""] if {
	some i, cookie in input.notice.cookies
	cookie_needs_consent(cookie)
}
