// The one source of the seeded facts: a news report dated 17 April 2025 from Putrajaya
// (shared/seed/000_39e3ab31b4f62a31.txt). Each sentence below is quoted verbatim from it, curly
// quotes and all, so a test can find it in the file; every fact in facts.ts cites one of them.

export const SOURCE_FILE = "000_39e3ab31b4f62a31.txt";

export const sourceSentences = {
  dateline:
    "date 2025-04-17 PUTRAJAYA: Malaysia and China have agreed to promote and develop the digital economies of both " +
    "countries while also strengthening cooperation in artificial intelligence (AI) technology.",
  signing:
    "This follows the signing of two Memoranda of Understanding (MoUs) between Malaysia and China’s National " +
    "Development and Reform Commission (NDRC) yesterday.",
  exchange:
    "The MoUs were exchanged by Digital Minister Gobind Singh Deo representing Malaysia, and NDRC Chairman Zheng " +
    "Shanjie, in a ceremony witnessed by Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping.",
  digitalEconomyAreas:
    "Digital Ministry in a statement today said in the MoU related to digital economy, both parties will cooperate " +
    "in, among others, policy coordination and regulatory alignment; industrial digital transformation; digital " +
    "technology innovation; and talent development.",
  citiesAndEnterprises:
    "It will also see Malaysia and the NDRC collaborate on certain projects to encourage the cooperation between " +
    "cities and enterprises.",
  jointWorkingGroup:
    "“A Joint Working Group on Digital Economy will be established, comprising representatives from China’s National " +
    "Data Administration and Malaysia’s Ministry of Digital,” the statement said.",
  aiExchangeAndInfrastructure:
    "As for the MoU on AI, both sides will strive to strengthen the technology through technical exchange programmes " +
    "and explore collaboration in strengthening AI infrastructure, including the building of datasets and other AI " +
    "infrastructure developments.",
  aiEthicsSecurityLiteracy:
    "“Both sides will exchange ethical AI guidelines and share experiences to promote the empowerment of AI " +
    "applications for economic and social development in selected areas, exploring approaches to address AI security " +
    "risks and enhancing public literacy related to AI knowledge and professional skills,” the statement said.",
  letterOfIntentParties:
    "Meanwhile, Digital Ministry said the Malaysia Digital Economy Corporation (MDEC) and China’s Zhejiang University " +
    "will also tie up following the signing of a Letter of Intent (LOI) between both parties.",
  letterOfIntentAreas:
    "It will see MDEC and Zhejiang University develop and establish cooperation in the field of digital " +
    "transformation, AI, and a smart city.",
  letterOfIntentSigned:
    "In the same statement, Gobind was quoted as saying that the signing of the two MoUs and the LOI is a step in the " +
    "right direction as the government continues to take steps to accelerate Malaysia’s digital transformation.",
} as const;

export type SourceSentenceKey = keyof typeof sourceSentences;
