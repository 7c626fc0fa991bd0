package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/report/cyclonedx"
	"github.com/depfence/depfence/internal/report/html"
	"github.com/depfence/depfence/internal/report/sarif"
)

// reportFormats is the one list of scan output formats.
var reportFormats = map[report.Format]report.Renderer{
	report.FormatText:     report.RenderText,
	report.FormatJSON:     report.RenderJSON,
	report.FormatMarkdown: report.RenderMarkdown,
	sarif.Format:          sarif.Render,
	cyclonedx.Format:      cyclonedx.Render,
	html.Format:           html.Render,
}

func formatNames() string {
	var names []string
	for f := range reportFormats {
		names = append(names, string(f))
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// output is one requested rendering: a format to a file ("" = stdout).
type output struct {
	format report.Format
	path   string
}

// parseOutputs reads --output FORMAT=FILE (or FILE, format guessed from the
// extension) values.
func parseOutputs(vals []string) ([]output, error) {
	var outs []output
	for _, v := range vals {
		f, p, ok := strings.Cut(v, "=")
		if !ok {
			p = v
			switch strings.ToLower(filepath.Ext(v)) {
			case ".sarif":
				f = "sarif"
			case ".json":
				f = "json"
			case ".html", ".htm":
				f = "html"
			case ".md":
				f = "markdown"
			case ".cdx", ".cdx.json":
				f = "cyclonedx"
			case ".txt":
				f = "text"
			default:
				return nil, usagef("--output %q: say the format, e.g. sarif=%s", v, v)
			}
			if strings.HasSuffix(strings.ToLower(v), ".cdx.json") {
				f = "cyclonedx"
			}
		}
		if _, ok := reportFormats[report.Format(f)]; !ok {
			return nil, usagef("--output %q: unknown format %q (want one of %s)", v, f, formatNames())
		}
		if p == "" {
			return nil, usagef("--output %q: no file name", v)
		}
		outs = append(outs, output{format: report.Format(f), path: p})
	}
	return outs, nil
}

// render writes res in format f to w.
func (g *globals) render(w io.Writer, f report.Format, res *report.Result, color bool) error {
	fn, ok := reportFormats[f]
	if !ok {
		return usagef("unknown --format %q (want one of %s)", f, formatNames())
	}
	return fn(w, res, report.Options{Color: color, Width: 80, All: g.verbose})
}

// writeOutputs renders res to stdout in --format and to every --output file.
func (g *globals) writeOutputs(res *report.Result, outs []output) error {
	if err := g.render(g.stdout, report.Format(g.format), res, g.color(g.stdout)); err != nil {
		return err
	}
	for _, o := range outs {
		tmp := o.path + ".tmp"
		fh, err := os.Create(tmp)
		if err != nil {
			return exitError{code: ExitOperation, err: fmt.Errorf("write %s: %w", o.path, err)}
		}
		err = g.render(fh, o.format, res, false)
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, o.path)
		}
		if err != nil {
			os.Remove(tmp)
			return exitError{code: ExitOperation, err: fmt.Errorf("write %s: %w", o.path, err)}
		}
		g.logger.Info("wrote report", "format", o.format, "file", o.path)
	}
	return nil
}
