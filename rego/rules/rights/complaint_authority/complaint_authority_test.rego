package noticelint.rules.rights.complaint_authority_test

import data.noticelint.rules.rights.complaint_authority

_notice(authority) := {"rights": {"complaint": {"stated": true, "authority": authority}}}

cases := {
	"former Belgian Privacy Commission by Dutch name": {
		"notice": _notice({"name": "Commissie voor de bescherming van de persoonlijke levenssfeer", "country": "BE"}),
		"want": {"/rights/complaint/authority"},
	},
	"former Belgian Privacy Commission by short name, any case": {
		"notice": _notice({"name": "de PRIVACYCOMMISSIE"}),
		"want": {"/rights/complaint/authority"},
	},
	"former Belgian Privacy Commission by website only": {
		"notice": _notice({"website": "https://www.privacycommission.be/nl/contact"}),
		"want": {"/rights/complaint/authority"},
	},
	"current authority named with its former name": {
		"notice": _notice({"name": "Data Protection Authority (formerly the Commission de la Protection de la Vie Privée)", "country": "BE"}),
		"want": set(),
	},
	"unknown authority": {
		"notice": _notice({"name": "Privacy Watchdog Europe"}),
		"want": {"/rights/complaint/authority"},
	},
	"authority of another country than the one given": {
		"notice": _notice({"name": "CNIL", "country": "BE"}),
		"want": {"/rights/complaint/authority"},
	},
	"authority outside the EEA": {
		"notice": _notice({"name": "Information Commissioner's Office", "country": "GB", "website": "https://ico.org.uk"}),
		"want": {"/rights/complaint/authority"},
	},
	"only a country outside the EEA": {
		"notice": _notice({"country": "CH"}),
		"want": {"/rights/complaint/authority"},
	},
	"only an EEA country": {
		"notice": _notice({"country": "BE"}),
		"want": set(),
	},
	"empty authority": {
		"notice": _notice({}),
		"want": set(),
	},
	"no authority": {
		"notice": {"rights": {"complaint": {"stated": true}}},
		"want": set(),
	},
	"no rights section": {
		"notice": {"title": "Privacy notice"},
		"want": set(),
	},
	"full official name": {
		"notice": _notice({"name": "Autoriteit Persoonsgegevens (AP)", "country": "NL", "website": "https://autoriteitpersoonsgegevens.nl"}),
		"want": set(),
	},
	"name without its abbreviation, other case": {
		"notice": _notice({"name": "autoriteit persoonsgegevens", "country": "NL"}),
		"want": set(),
	},
	"abbreviation only": {
		"notice": _notice({"name": "CNIL", "country": "FR"}),
		"want": set(),
	},
	"name with words around it": {
		"notice": _notice({"name": "de Gegevensbeschermingsautoriteit (GBA), Drukpersstraat 35, 1000 Brussel"}),
		"want": set(),
	},
	"unknown name but the right website": {
		"notice": _notice({"name": "the French regulator", "website": "https://www.cnil.fr/fr/plaintes"}),
		"want": set(),
	},
	"website without scheme or www": {
		"notice": _notice({"website": "dataprotectionauthority.be", "country": "BE"}),
		"want": set(),
	},
	"Swiss authority by website and country": {
		"notice": _notice({"website": "https://www.edoeb.admin.ch", "country": "CH"}),
		"want": {"/rights/complaint/authority"},
	},
	"website on a subdomain of the authority's site": {
		"notice": _notice({"website": "https://plaintes.cnil.fr", "country": "FR"}),
		"want": set(),
	},
	"look-alike website host": {
		"notice": _notice({"website": "https://notcnil.fr"}),
		"want": {"/rights/complaint/authority"},
	},
	"same name in two countries, country given": {
		"notice": _notice({"name": "Datatilsynet", "country": "NO"}),
		"want": set(),
	},
	"German Land authority": {
		"notice": _notice({"name": "Bayerisches Landesamt für Datenschutzaufsicht", "country": "DE", "website": "https://www.lda.bayern.de/de/beschwerde.html"}),
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in complaint_authority.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_former_body if {
	findings := complaint_authority.report with input as {"notice": _notice({"name": "Privacycommissie", "country": "BE"}), "as_of": "2026-11-22"}
	count(findings) == 1
	some f in findings
	f.message == "The complaint authority \"Privacycommissie\" no longer exists: replaced by the Data Protection Authority on 25 May 2018 (Act of 3 December 2017)."
}

test_message_wrong_country if {
	some f in complaint_authority.report with input as {"notice": _notice({"name": "CNIL", "country": "BE"}), "as_of": "2026-11-22"}
	f.message == "The complaint authority \"CNIL\" does not match the supervisory authority of Belgium (BE); check its name, website and country."
}

test_message_unknown if {
	some f in complaint_authority.report with input as {"notice": _notice({"website": "https://privacywatch.example"}), "as_of": "2026-11-22"}
	f.message == "The complaint authority \"https://privacywatch.example\" matches no EEA supervisory authority; check its name and website."
}

test_message_outside_eea if {
	some f in complaint_authority.report with input as {"notice": _notice({"name": "ICO", "country": "GB"}), "as_of": "2026-11-22"}
	f.message == "The complaint authority \"ICO\" is given for GB, which is outside the EEA and has no supervisory authority under the GDPR."
}
