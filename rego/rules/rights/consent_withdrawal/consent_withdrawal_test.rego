package noticelint.rules.rights.consent_withdrawal_test

import data.noticelint.rules.rights.consent_withdrawal

_newsletter := {"name": "Newsletter", "purposes": [{"description": "Sending the newsletter", "legal_bases": ["consent"]}]}

_orders := {"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}]}

_health := {
	"name": "Sick leave",
	"purposes": [{"description": "Managing sick leave", "legal_bases": ["legal_obligation"], "law": "Arbeidsovereenkomstenwet"}],
	"special_categories": {"categories": ["health"], "conditions": ["explicit_consent"]},
}

_ga := {"name": "_ga", "provider": "Google", "party": "third", "purpose": "statistics", "duration": "P2Y"}

_session := {"name": "PHPSESSID", "party": "first", "purpose": "strictly_necessary", "duration": "session"}

cases := {
	"consent purpose, rights silent on withdrawal": {
		"notice": {"activities": [_newsletter], "rights": {"stated": ["access"]}},
		"want": {"/rights"},
	},
	"consent purpose, blank withdrawal": {
		"notice": {"activities": [_newsletter], "rights": {"consent_withdrawal": "  "}},
		"want": {"/rights"},
	},
	"consent purpose, no rights section": {
		"notice": {"activities": [_orders, _newsletter]},
		"want": {"/activities/1/purposes/0/legal_bases"},
	},
	"explicit consent for health data, no rights section": {
		"notice": {"activities": [_health]},
		"want": {"/activities/0/special_categories/conditions"},
	},
	"consent purpose, withdrawal stated": {
		"notice": {"activities": [_newsletter], "rights": {"consent_withdrawal": "Use the unsubscribe link in every newsletter."}},
		"want": set(),
	},
	"cookie withdrawal does not cover purposes": {
		"notice": {"activities": [_newsletter], "cookie_consent": {"mechanism": "opt_in", "withdrawal": "Cookie settings link in the footer"}},
		"want": {"/activities/0/purposes/0/legal_bases"},
	},
	"no consent anywhere": {
		"notice": {"activities": [_orders], "cookies": [_session], "rights": {"stated": ["access"]}},
		"want": set(),
	},
	"analytics cookie, nothing on withdrawal, no rights section": {
		"notice": {"cookies": [_session, _ga], "cookie_consent": {"mechanism": "opt_in"}},
		"want": {"/cookies/1"},
	},
	"cookie without a purpose needs consent": {
		"notice": {"cookies": [{"name": "tracker"}]},
		"want": {"/cookies/0"},
	},
	"analytics cookie, withdrawal in cookie settings": {
		"notice": {"cookies": [_ga], "cookie_consent": {"mechanism": "opt_in", "withdrawal": "Cookie settings link in the footer"}, "rights": {"stated": ["access"]}},
		"want": set(),
	},
	"analytics cookie, withdrawal in rights section": {
		"notice": {"cookies": [_ga], "rights": {"consent_withdrawal": "Change your choices under Cookie settings."}},
		"want": set(),
	},
	"analytics cookie, blank cookie withdrawal": {
		"notice": {"cookies": [_ga], "cookie_consent": {"mechanism": "opt_in", "withdrawal": ""}, "rights": {"stated": ["access"]}},
		"want": {"/rights"},
	},
	"first cookie in notice order, not string order": {
		"notice": {"cookies": [_session, _session, _ga, _session, _session, _session, _session, _session, _session, _session, _ga]},
		"want": {"/cookies/2"},
	},
	"strictly necessary cookies only": {
		"notice": {"cookies": [_session]},
		"want": set(),
	},
	"purposes and cookies, no rights section": {
		"notice": {"activities": [_newsletter], "cookies": [_ga]},
		"want": {"/activities/0/purposes/0/legal_bases", "/cookies/0"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in consent_withdrawal.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_one_finding_per_kind if {
	findings := consent_withdrawal.report with input as {"notice": {"activities": [_newsletter, _health], "cookies": [_ga, {"name": "_fbp", "purpose": "marketing"}], "rights": {"stated": ["access"]}}, "as_of": "2026-11-22"}
	count(findings) == 2
	every f in findings {
		f.pointer == "/rights"
	}
}

_purpose(name) := {"name": name, "purposes": [{"description": name, "legal_bases": ["consent"]}]}

test_message_names_three_and_counts_the_rest if {
	activities := [_purpose(name) | some name in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]]
	findings := consent_withdrawal.report with input as {"notice": {"activities": activities}, "as_of": "2026-11-22"}
	count(findings) == 1
	some f in findings
	f.message == "The notice relies on consent for the purpose \"A\", the purpose \"B\", the purpose \"C\" and 8 more but does not say how to withdraw that consent."
	f.pointer == "/activities/0/purposes/0/legal_bases"
}

test_message_two_things if {
	some f in consent_withdrawal.report with input as {"notice": {"activities": [_newsletter, _health]}, "as_of": "2026-11-22"}
	f.message == "The notice relies on consent for the purpose \"Sending the newsletter\" and the special-category data of \"Sick leave\" but does not say how to withdraw that consent."
}

test_message_cookies if {
	some f in consent_withdrawal.report with input as {"notice": {"cookies": [_ga, {"name": "_fbp", "purpose": "marketing"}, {"name": "_gid", "purpose": "statistics"}]}, "as_of": "2026-11-22"}
	f.message == "The notice relies on consent for the cookie \"_ga\", the cookie \"_fbp\" and the cookie \"_gid\" but neither the cookie consent settings nor the rights section say how to withdraw that consent."
}
