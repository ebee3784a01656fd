import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { feedItems } from '../lib/feed-items.ts';
import { url } from '../lib/urls.ts';

/** The whole archive's feed: the newest articles of every city. */
export const GET: APIRoute = async (context) =>
  rss({
    title: '山西生态新闻档案',
    description: '《科学导报》刊发的山西省生态环境新闻，最新收录的文章。',
    // The channel links to the archive's home page, under the base.
    site: new URL(url(), context.site).href,
    items: await feedItems(await getArticles()),
    customData: '<language>zh-cn</language>',
  });
