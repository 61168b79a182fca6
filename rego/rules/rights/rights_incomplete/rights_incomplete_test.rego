package noticelint.rules.rights.rights_incomplete_test

import data.noticelint.rules.rights.rights_incomplete

_all_but_portability := ["access", "rectification", "erasure", "restriction", "objection"]

_contract := [{"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}]}]

_consent := [{"name": "Newsletter", "purposes": [{"description": "Sending the newsletter", "legal_bases": ["consent"]}]}]

_interests := [{"name": "Security", "purposes": [{"description": "Network security", "legal_bases": ["legitimate_interests"], "legitimate_interest": "Keeping the network safe"}]}]

cases := {
	"no rights section": {
		"notice": {"activities": _interests},
		"want": {""},
	},
	"rights section without stated rights": {
		"notice": {"activities": _interests, "rights": {"exercise": {"email": "privacy@example.be"}}},
		"want": {"/rights"},
	},
	"empty list of stated rights": {
		"notice": {"activities": _interests, "rights": {"stated": []}},
		"want": {"/rights/stated"},
	},
	"objection missing": {
		"notice": {"activities": _interests, "rights": {"stated": ["access", "rectification", "erasure", "restriction"]}},
		"want": {"/rights/stated"},
	},
	"portability missing under a contract": {
		"notice": {"activities": _contract, "rights": {"stated": _all_but_portability}},
		"want": {"/rights/stated"},
	},
	"portability missing under consent": {
		"notice": {"activities": array.concat(_interests, _consent), "rights": {"stated": _all_but_portability}},
		"want": {"/rights/stated"},
	},
	"portability not needed under legitimate interests only": {
		"notice": {"activities": _interests, "rights": {"stated": _all_but_portability}},
		"want": set(),
	},
	"portability not needed without activities": {
		"notice": {"rights": {"stated": _all_but_portability}},
		"want": set(),
	},
	"all rights under a contract": {
		"notice": {"activities": _contract, "rights": {"stated": array.concat(_all_but_portability, ["portability", "withdraw_consent"])}},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in rights_incomplete.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_one_finding_lists_every_missing_right if {
	findings := rights_incomplete.report with input as {"notice": {"activities": _consent, "rights": {"stated": ["rectification", "restriction", "objection"]}}, "as_of": "2026-11-22"}
	count(findings) == 1
	some f in findings
	f.message == "The notice does not state the right of access (Art. 15), the right to erasure (Art. 17) and the right to data portability (Art. 20)."
}

test_message_one_right if {
	some f in rights_incomplete.report with input as {"notice": {"rights": {"stated": ["access", "rectification", "erasure", "restriction"]}}, "as_of": "2026-11-22"}
	f.message == "The notice does not state the right to object (Art. 21)."
}
