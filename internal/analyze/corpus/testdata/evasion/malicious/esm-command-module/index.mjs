import { exec } from "child_process";
import { CMD } from "./c.mjs";
exec(CMD);
