require "json"
package = JSON.parse(File.read(File.join(__dir__, "package.json")))

Pod::Spec.new do |s|
  s.name         = "RNDeviceHaptics"
  s.version      = package["version"]
  s.summary      = package["description"]
  s.homepage     = "https://git.example.com/oss/react-native-device-haptics"
  s.license      = package["license"]
  s.authors      = { "device-haptics" => "oss@example.com" }
  s.platforms    = { :ios => "12.4" }
  s.source       = { :git => "https://git.example.com/oss/react-native-device-haptics.git", :tag => "v#{s.version}" }
  s.source_files = "ios/**/*.{h,m}", "${DERIVED_FILE_DIR}/RNDeviceHapticsVersion.h"

  # Generates a header with the JS package version so native logs can report it
  s.script_phase = {
    :name => "[RNDeviceHaptics] Generate version header",
    :script => 'bash "${PODS_TARGET_SRCROOT}/scripts/gen-version.sh"',
    :execution_position => :before_compile,
    :input_files => ["${PODS_TARGET_SRCROOT}/package.json"],
    :output_files => ["${DERIVED_FILE_DIR}/RNDeviceHapticsVersion.h"]
  }
  s.dependency "React-Core"
end
