import { NativeModules, Platform, Vibration } from 'react-native';
const { RNDeviceHaptics } = NativeModules;
export const impact = (style = 'medium') => (Platform.OS === 'ios' ? RNDeviceHaptics.impact(style) : Vibration.vibrate(style === 'heavy' ? 40 : 20));
export const selection = () => (Platform.OS === 'ios' ? RNDeviceHaptics.selection() : Vibration.vibrate(10));
export default { impact, selection };
