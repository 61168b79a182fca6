package noticelint.rules.rights.rights_deadline_test

import data.noticelint.rules.rights.rights_deadline

cases := {
	"six weeks": {
		"rights": {"response_time": "P6W"},
		"want": {"/rights/response_time"},
	},
	"31 days": {
		"rights": {"response_time": "P31D"},
		"want": {"/rights/response_time"},
	},
	"one month exactly": {
		"rights": {"response_time": "P1M"},
		"want": set(),
	},
	"30 days exactly": {
		"rights": {"response_time": "P30D"},
		"want": set(),
	},
	"four weeks": {
		"rights": {"response_time": "P4W"},
		"want": set(),
	},
	"one month plus two months": {
		"rights": {"response_time": "P1M", "response_extension": "P2M"},
		"want": set(),
	},
	"extension of three months": {
		"rights": {"response_time": "P1M", "response_extension": "P3M"},
		"want": {"/rights/response_extension"},
	},
	"extension of three months without a response time": {
		"rights": {"response_extension": "P3M"},
		"want": {"/rights/response_extension"},
	},
	"extension of two months without a response time": {
		"rights": {"response_extension": "P2M"},
		"want": set(),
	},
	"extension of 61 days": {
		"rights": {"response_time": "P2W", "response_extension": "P61D"},
		"want": {"/rights/response_extension"},
	},
	"long response time makes the total too long": {
		"rights": {"response_time": "P45D", "response_extension": "P2M"},
		"want": {"/rights/response_time", "/rights/response_extension"},
	},
	"long response time with a short extension": {
		"rights": {"response_time": "P6W", "response_extension": "P1M"},
		"want": {"/rights/response_time"},
	},
	"total exactly three months": {
		"rights": {"response_time": "P30D", "response_extension": "P60D"},
		"want": set(),
	},
	"silent on time": {
		"rights": {"stated": ["access"]},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in rights_deadline.report with input as {"notice": {"rights": c.rights}, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_no_rights_section if {
	count(rights_deadline.report) == 0 with input as {"notice": {"title": "Privacy notice"}, "as_of": "2026-11-22"}
}

test_messages if {
	findings := rights_deadline.report with input as {"notice": {"rights": {"response_time": "P45D", "response_extension": "P2M"}}, "as_of": "2026-11-22"}
	{f.message | some f in findings} == {
		"The response time P45D is longer than the one month within which a request must be answered.",
		"The response time P45D plus the extension P2M is longer than the three months allowed at most.",
	}
}

test_message_extension if {
	findings := rights_deadline.report with input as {"notice": {"rights": {"response_time": "P1M", "response_extension": "P3M"}}, "as_of": "2026-11-22"}
	count(findings) == 1
	some f in findings
	f.message == "The extension P3M is longer than the two further months allowed for complex or numerous requests."
}
