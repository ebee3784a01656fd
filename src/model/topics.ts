/**
 * The archive's fixed list of topics. An article carries one or more; the list
 * is closed so that browsing by topic stays meaningful as the archive grows.
 */
export const TOPICS = {
  air: '大气污染防治',
  water: '水环境',
  soil: '土壤与地下水',
  waste: '固体废物与危险废物',
  enforcement: '执法监管',
  rural: '农村环境',
  ecology: '生态保护',
  carbon: '减污降碳',
  training: '培训与普法',
} as const;

export type TopicId = keyof typeof TOPICS;

export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];
