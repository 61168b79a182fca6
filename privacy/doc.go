// Package privacy is the typed model of a GDPR privacy notice (Art. 13 and 14):
// the controller, its processing activities, recipients, international
// transfers, cookies and the data subject's rights.
//
// The model records what a notice says, not what it should say. A field that
// is absent means the notice is silent on it, and that silence is what the
// checks in package lint judge. Pointers to booleans keep "not said" apart
// from "said no".
//
// The package has no dependency beyond the standard library, so a program
// that only needs the types does not pull in the rule engine.
package privacy
