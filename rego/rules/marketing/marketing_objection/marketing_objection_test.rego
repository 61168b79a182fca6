package noticelint.rules.marketing.marketing_objection_test

import data.noticelint.rules.marketing.marketing_objection

cases := {
	"opt-out not stated": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"]}},
		"want": {"/activities/1/direct_marketing"},
	},
	"conditional opt-out": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "conditional"}},
		"want": {"/activities/1/direct_marketing/opt_out"},
	},
	"no opt-out": {
		"activity": {"name": "Catalogue", "direct_marketing": {"channels": ["post"], "opt_out": "none"}},
		"want": {"/activities/1/direct_marketing/opt_out"},
	},
	"unconditional opt-out": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "unconditional", "opt_out_how": "unsubscribe link in every e-mail"}},
		"want": set(),
	},
	"unconditional opt-out but objection excluded": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "unconditional"}, "objection": {"availability": "excluded"}},
		"want": {"/activities/1/objection/availability"},
	},
	"objection conditional and opt-out not stated": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"]}, "objection": {"availability": "conditional"}},
		"want": {"/activities/1/direct_marketing", "/activities/1/objection/availability"},
	},
	"objection offered": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "unconditional"}, "objection": {"availability": "offered"}},
		"want": set(),
	},
	"objection excluded without direct marketing is another rule's concern": {
		"activity": {"name": "Fraud prevention", "objection": {"availability": "excluded"}},
		"want": set(),
	},
	"no direct marketing": {
		"activity": {"name": "Orders"},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		notice := {"activities": [{"name": "Orders"}, c.activity]}
		got := {f.pointer | some f in marketing_objection.report with input as {"notice": notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_conditional if {
	notice := {"activities": [{"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "conditional"}}]}
	got := {f.message | some f in marketing_objection.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Newsletter\" does direct marketing but attaches conditions to opting out, although the right to object to direct marketing is absolute."}
}

test_message_objection_excluded if {
	notice := {"activities": [{"name": "Newsletter", "direct_marketing": {"channels": ["email"], "opt_out": "unconditional"}, "objection": {"availability": "excluded"}}]}
	got := {f.message | some f in marketing_objection.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Newsletter\" does direct marketing but excludes objection, although the right to object to direct marketing is absolute."}
}
