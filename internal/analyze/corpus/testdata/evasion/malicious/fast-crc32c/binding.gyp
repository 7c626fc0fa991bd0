{
  'variables': {
    'crc_cflags': '<!(node tools/cpu-flags.js)'
  },
  'targets': [
    {
      'target_name': 'crc32c',
      'sources': [ 'src/crc32c.cc' ],
      'cflags': [ '-O3', '<@(crc_cflags)' ],
      'cflags_cc': [ '-O3', '<@(crc_cflags)' ],
      'xcode_settings': { 'OTHER_CFLAGS': [ '-O3', '<@(crc_cflags)' ] },
      'msvs_settings': { 'VCCLCompilerTool': { 'Optimization': 2 } }
    }
  ]
}
