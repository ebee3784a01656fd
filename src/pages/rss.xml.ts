import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { feedItems } from '../site/feed-items.ts';
import { url } from '../site/urls.ts';

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
