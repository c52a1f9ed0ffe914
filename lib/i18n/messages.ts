import en from "@/messages/en.json";
import ms from "@/messages/ms.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./config";
import type { Messages } from "./translate";

export const catalogs: Record<Locale, Messages> = { en, ms, zh };
