# METADATA
# title: Complaint authority unknown or defunct
# description: |
#   When a notice names the supervisory authority people can complain to, the
#   name or website should lead to an authority that exists. This flags an
#   authority that has since been replaced (such as the Belgian Privacy
#   Commission) and one that matches no EEA supervisory authority, or not the
#   authority of the country the notice gives.
# related_resources:
#   - description: GDPR Art. 77, the right to lodge a complaint with a supervisory authority
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_77
#   - description: GDPR Art. 51, the supervisory authorities of the member states
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_51
#   - description: EDPB, list of the EEA supervisory authorities
#     ref: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en
# custom:
#   id: complaint-authority
#   severity: warning
#   references:
#     - GDPR Art. 77
#     - GDPR Art. 51
#     - GDPR Art. 13(2)(d)
#   fix: |
#     Name the supervisory authority as it is called today, with its current
#     website and its country (rights.complaint.authority), for example the
#     Gegevensbeschermingsautoriteit / Autorité de protection des données for
#     Belgium, the CNIL for France or the Autoriteit Persoonsgegevens for the
#     Netherlands.
#   examples:
#     avoid: |
#       rights:
#         complaint:
#           stated: true
#           authority:
#             name: Commissie voor de bescherming van de persoonlijke levenssfeer  # replaced in 2018
#             country: BE
#     prefer: |
#       rights:
#         complaint:
#           stated: true
#           authority:
#             name: Gegevensbeschermingsautoriteit (GBA)
#             country: BE
#             website: https://www.gegevensbeschermingsautoriteit.be
# scope: package
package noticelint.rules.rights.complaint_authority

import data.noticelint.facts
import data.noticelint.lib.text

_pointer := "/rights/complaint/authority"

_authority := input.notice.rights.complaint.authority

# A body that no longer exists, unless the notice also names its successor, as
# in "Data Protection Authority (formerly the Privacy Commission)". Matching
# the current authorities first spares the defunct bodies for the usual
# notice; only a described authority can match either.
report contains {"message": $"The complaint authority \"{_written}\" no longer exists: {_replacement(_former)}", "pointer": _pointer} if {
	_described
	not _current
	_former
}

report contains {"message": _unknown_message, "pointer": _pointer} if {
	_described
	not _current
	not _former
}

# Only a country is given: fine for an EEA country, not for any other.
report contains {
	"message": $"The complaint authority is given only by its country, {code}, which is outside the EEA and has no supervisory authority under the GDPR.",
	"pointer": _pointer,
} if {
	not _described
	code := _authority.country
	not facts.authorities.authorities[code]
}

_unknown_message := $"The complaint authority \"{_written}\" does not match the supervisory authority of {entry.country} ({code}); check its name, website and country." if {
	code := _authority.country
	entry := facts.authorities.authorities[code]
}

_unknown_message := $"The complaint authority \"{_written}\" is given for {code}, which is outside the EEA and has no supervisory authority under the GDPR." if {
	code := _authority.country
	not facts.authorities.authorities[code]
}

_unknown_message := $"The complaint authority \"{_written}\" matches no EEA supervisory authority; check its name and website." if {
	not _authority.country
}

# _written is what the notice wrote: the name, else the website.
_written := _authority.name if {
	_given(_authority.name)
} else := _authority.website

_described if _given(_authority.name)

_described if _given(_authority.website)

_given(s) if not text.blank(s)

# _current holds when the authority matches a current EEA supervisory
# authority: the one of its country when the notice gives a country.
_current if {
	entry := facts.authorities.authorities[_authority.country]
	_matches(entry)
}

_current if {
	not _authority.country
	some entry in facts.authorities.authorities
	_matches(entry)
}

# _former is the key of the first defunct body the authority matches.
_former_keys contains key if {
	some key, body in facts.authorities.former
	_matches(body)
}

_former := min(_former_keys) if count(_former_keys) > 0

_replacement(key) := _sentence(facts.authorities.former[key].note)

default _replacement(_) := "name the supervisory authority that replaced it."

_sentence(s) := concat("", [lower(substring(s, 0, 1)), substring(s, 1, -1), _period(s)])

_period(s) := "" if endswith(s, ".")

_period(s) := "." if not endswith(s, ".")

# An entry matches by name (either contains the other, ignoring case and a
# trailing abbreviation in brackets) or by website host (ignoring www. and
# accepting a subdomain).
_matches(entry) if {
	some name in entry.names
	_name_match(_authority.name, name)
}

_matches(entry) if {
	some site in entry.websites
	_site_match(_authority.website, site)
}

_name_match(written, known) if {
	some a in _variants(written)
	some b in _variants(known)
	contains(a, b)
}

_name_match(written, known) if {
	some a in _variants(written)
	some b in _variants(known)
	contains(b, a)
}

_variants(s) := {v |
	some v in [lower(trim_space(s)), lower(trim_space(split(s, " (")[0]))]
	v != ""
}

_site_match(written, known) if _host(written) == _host(known)

_site_match(written, known) if endswith(_host(written), concat("", [".", _host(known)]))

_host(url) := m[0][1] if {
	m := regex.find_all_string_submatch_n(`^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#\s]+)`, lower(trim_space(url)), 1)
	count(m) == 1
}
