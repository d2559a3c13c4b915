// robots.txt etiquette: one fetch per origin, cached for the life of the fetcher (one Lambda invocation
// or one local run), parsed by robots-parser.
import robotsParser from "robots-parser";

/** Returns the robots.txt text, or null when there is none or it could not be fetched (allow everything). */
export type RobotsTxtLoader = (robotsUrl: string) => Promise<string | null>;

export class RobotsCache {
  private readonly rulesByOrigin = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();
  /** robots.txt groups are matched by the product token: "newsdrift" in "newsdrift/0.1 (+https://…)". */
  private readonly productToken: string;

  constructor(
    userAgent: string,
    private readonly load: RobotsTxtLoader,
  ) {
    this.productToken = userAgent.trim().split(/[\s/]/)[0] ?? userAgent;
  }

  /** True when robots.txt lets our user agent (or `*`) fetch the URL. */
  async isAllowed(url: URL): Promise<boolean> {
    const robotsUrl = new URL("/robots.txt", url.origin).href;
    let rules = this.rulesByOrigin.get(url.origin);
    if (!rules) {
      rules = this.load(robotsUrl).then((text) => (text === null ? null : robotsParser(robotsUrl, text)));
      this.rulesByOrigin.set(url.origin, rules);
    }
    const robots = await rules;
    return robots?.isAllowed(url.href, this.productToken) ?? true;
  }
}
