// One rule for showing a person's name: Chinese characters on Chinese pages where the person has
// them, the Latin-script name everywhere else.
import { describe, expect, it } from "vitest";
import { displayName, displayNameOrNull } from "@/lib/people/display-name";
import { factPeople } from "@/prisma/seed/facts";

describe("displayName", () => {
  const zheng = { name: "Zheng Shanjie", nameZh: "郑栅洁" };

  it("shows Chinese characters on Chinese pages", () => {
    expect(displayName(zheng, "zh")).toBe("郑栅洁");
  });

  it("shows the romanised name on English and Malay pages", () => {
    expect(displayName(zheng, "en")).toBe("Zheng Shanjie");
    expect(displayName(zheng, "ms")).toBe("Zheng Shanjie");
  });

  it("falls back to the romanised name when there is no Chinese form", () => {
    expect(displayName({ name: "Nurul Aina binti Hassan", nameZh: null }, "zh")).toBe("Nurul Aina binti Hassan");
    expect(displayName({ name: "Arjun a/l Ramasamy", nameZh: "  " }, "zh")).toBe("Arjun a/l Ramasamy");
    expect(displayName({ name: "Tan Mei Ling" }, "zh")).toBe("Tan Mei Ling");
  });

  it("handles an owner not set yet", () => {
    expect(displayNameOrNull(null, "zh")).toBeNull();
    expect(displayNameOrNull(zheng, "zh")).toBe("郑栅洁");
  });
});

describe("the people named in the source", () => {
  it("hold their names in both forms, the Malaysian ones without the honorific in Chinese", () => {
    expect(Object.values(factPeople).map((person) => [person.name, person.nameZh])).toEqual([
      ["Gobind Singh Deo", "哥宾星"],
      ["Zheng Shanjie", "郑栅洁"],
      ["Datuk Seri Anwar Ibrahim", "安瓦尔"],
      ["Xi Jinping", "习近平"],
    ]);
  });
});
