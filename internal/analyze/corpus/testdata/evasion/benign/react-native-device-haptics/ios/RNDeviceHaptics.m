#import <React/RCTBridgeModule.h>
#import <UIKit/UIKit.h>

@interface RNDeviceHaptics : NSObject <RCTBridgeModule>
@end

@implementation RNDeviceHaptics
RCT_EXPORT_MODULE();
+ (BOOL)requiresMainQueueSetup { return NO; }
- (dispatch_queue_t)methodQueue { return dispatch_get_main_queue(); }

RCT_EXPORT_METHOD(impact:(NSString *)style)
{
  UIImpactFeedbackStyle s = [style isEqualToString:@"heavy"] ? UIImpactFeedbackStyleHeavy : [style isEqualToString:@"light"] ? UIImpactFeedbackStyleLight : UIImpactFeedbackStyleMedium;
  UIImpactFeedbackGenerator *g = [[UIImpactFeedbackGenerator alloc] initWithStyle:s];
  [g prepare]; [g impactOccurred];
}

RCT_EXPORT_METHOD(selection)
{
  UISelectionFeedbackGenerator *g = [UISelectionFeedbackGenerator new];
  [g prepare]; [g selectionChanged];
}
@end
