// Package rules lists depfence's built-in behaviour rules.
package rules

import (
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/rules/bin"
	"github.com/depfence/depfence/internal/rules/browser"
	"github.com/depfence/depfence/internal/rules/code"
	"github.com/depfence/depfence/internal/rules/cred"
	"github.com/depfence/depfence/internal/rules/exec"
	"github.com/depfence/depfence/internal/rules/install"
	"github.com/depfence/depfence/internal/rules/net"
	"github.com/depfence/depfence/internal/rules/obf"
	"github.com/depfence/depfence/internal/rules/persist"
	"github.com/depfence/depfence/internal/rules/proc"
	"github.com/depfence/depfence/internal/rules/recon"
	"github.com/depfence/depfence/internal/rules/sabotage"
	"github.com/depfence/depfence/internal/rules/tarball"
	"github.com/depfence/depfence/internal/rules/unicode"
	"github.com/depfence/depfence/internal/rules/worm"
)

// Builtin returns the built-in rules: the one list.
func Builtin() []analyze.Rule {
	return []analyze.Rule{
		install.LifecycleScript{},
		install.ShellDownloadExec{},
		install.FetchesPackage{},
		install.RemoteDependency{},
		install.BinShadow{},
		code.DynamicEval{},
		code.RemoteEval{},
		code.DecodeExecute{},
		code.ComputedRequire{},
		net.NetworkAccess{},
		net.ExfilService{},
		net.RawIP{},
		net.DNSExfil{},
		proc.Spawn{},
		proc.ReverseShell{},
		proc.AIAgent{},
		cred.EnvHarvest{},
		cred.FileAccess{},
		cred.SecretExfil{},
		cred.Keylogger{},
		cred.RequestIntercept{},
		recon.Fingerprint{},
		recon.SandboxCheck{},
		exec.DownloadExecute{},
		exec.Cryptominer{},
		exec.ContainerEscape{},
		bin.NativeExecutable{},
		obf.Obfuscated{},
		obf.HiddenCode{},
		obf.ParseEvasion{},
		obf.EncodedBlob{},
		obf.CodeInData{},
		unicode.Deceptive{},
		browser.FormSkimmer{},
		browser.WalletHijack{},
		browser.PageExfil{},
		browser.ScriptInjection{},
		sabotage.InfiniteLoop{},
		sabotage.DestructiveFS{},
		persist.StartupEntry{},
		persist.IDEAutorun{},
		persist.CIWorkflow{},
		persist.TamperDependency{},
		worm.SelfPropagate{},
		tarball.Anomaly{},
	}
}
