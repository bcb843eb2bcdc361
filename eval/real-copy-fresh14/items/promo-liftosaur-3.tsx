import type { JSX } from "react";
import { track } from "../../../utils/posthog";
import { Platform_isiOS, Platform_isAndroid, Platform_onelink } from "../../../utils/platform";
import { Onelink } from "../../../components/onelink";
import { ProgramQrCode } from "../../../components/programQrCode";

interface IProgramDetailsUpsellProps {
  userAgent?: string;
  maxWidth?: number;
}

export function ProgramDetailsUpsell(props: IProgramDetailsUpsellProps): JSX.Element {
  const isiOS = Platform_isiOS(props.userAgent);
  const isAndroid = Platform_isAndroid(props.userAgent);
  const isMobile = isiOS || isAndroid;
  return (
    <div
      className="flex flex-col items-center px-8 py-4 mx-auto mb-4 border rounded-lg bg-background-cardyellow border-border-cardyellow sm:flex-row"
      style={{ maxWidth: props.maxWidth }}
    >
      <div className="flex-1">
        You can use this program on <strong>Liftosaur</strong> - a weightlifting tracker app!
        <ul className="pl-4 mt-2 list-disc">
          <li>Log your workouts there, and have a history of all your workouts on your phone</li>
          <li>
            It will automatically update weights, reps and sets for you from workout to workout - according to the
            program logic
          </li>
          <li>
            And you can customize the programs in any way, change exercises, the exercise logic, sets/reps/weights, etc.
          </li>
        </ul>
      </div>
      <div className="flex items-center mt-2 ml-4">
        <div className="flex justify-center gap-2 md:justify-start">
          {!isMobile && (
            <div>
              <ProgramQrCode url={Platform_onelink(false)} size={90} />
            </div>
          )}
          <div>
            {(!isMobile || isiOS) && (
              <div>
                <Onelink
                  className="inline-block overflow-hidden rounded-xl apple-store-link"
                  style={{ width: "120px", height: "40px" }}
                  onClick={() => track({ redditname: "Lead", googlename: "outbound_click" })}
                >
                  <img
                    src="https://tools.applemediaservices.com/api/badges/download-on-the-app-store/black/en-us?size=250x83&amp;releaseDate=1673481600"
                    alt="Download on the App Store"
                    loading="lazy"
                    style={{ width: "120px", height: "40px" }}
                    className="rounded-xl"
                  />
                </Onelink>
              </div>
            )}
            {(!isMobile || isAndroid) && (
              <div>
                <Onelink
                  target="_blank"
                  className="google-play-link"
                  onClick={() => track({ redditname: "Lead", googlename: "outbound_click" })}
                >
                  <img
                    alt="Get it on Google Play"
                    src="/images/googleplay.png"
                    loading="lazy"
                    style={{
                      width: "120px",
                      height: "35px",
                    }}
                  />
                </Onelink>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
