package noticelint.rules.transparency.provision_requirement_test

import data.noticelint.rules.transparency.provision_requirement

cases := {
	"no provision, collection not stated": {
		"notice": {"activities": [{"name": "Orders"}]},
		"want": {"/activities/0"},
	},
	"no provision, collected from the person": {
		"notice": {"collected_from": ["data_subject"], "activities": [{"name": "Orders"}]},
		"want": {"/activities/0"},
	},
	"no provision, collected from both": {
		"notice": {"collected_from": ["other_sources", "data_subject"], "activities": [{"name": "Orders"}]},
		"want": {"/activities/0"},
	},
	"empty collected_from counts as silent": {
		"notice": {"collected_from": [], "activities": [{"name": "Orders"}]},
		"want": {"/activities/0"},
	},
	"only other sources: Art. 13(2)(e) does not apply": {
		"notice": {"collected_from": ["other_sources"], "activities": [{"name": "Prospecting"}]},
		"want": set(),
	},
	"camera surveillance needs no provision": {
		"notice": {"activities": [{"name": "Cameras", "video_surveillance": {"country": "BE", "location": "shop entrance"}}]},
		"want": set(),
	},
	"contractual without consequences": {
		"notice": {"activities": [{"name": "Orders", "provision": {"requirement": "contractual"}}]},
		"want": {"/activities/0/provision"},
	},
	"statutory with blank consequences": {
		"notice": {"activities": [{"name": "Invoices", "provision": {"requirement": "statutory", "consequences": " "}}]},
		"want": {"/activities/0/provision"},
	},
	"contract precondition with consequences": {
		"notice": {"activities": [{"name": "Orders", "provision": {"requirement": "contract_precondition", "consequences": "Without your address we cannot deliver your order."}}]},
		"want": set(),
	},
	"voluntary needs no consequences": {
		"notice": {"activities": [{"name": "Newsletter", "provision": {"requirement": "voluntary"}}]},
		"want": set(),
	},
	"only the second activity": {
		"notice": {"activities": [{"name": "Newsletter", "provision": {"requirement": "voluntary"}}, {"name": "Orders"}]},
		"want": {"/activities/1"},
	},
	"no activities": {
		"notice": {"activities": []},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in provision_requirement.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_requirement if {
	notice := {"activities": [{"name": "Orders", "provision": {"requirement": "contract_precondition"}}]}
	got := {f.message | some f in provision_requirement.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Orders\" says providing the data is needed to enter into a contract but not what happens if it is not provided."}
}
