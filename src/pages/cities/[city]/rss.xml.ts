import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCityArticles } from '../../../site/articles.ts';
import { CITIES, type City } from '../../../model/gazetteer.ts';
import { feedItems } from '../../../site/feed-items.ts';
import { cityUrl } from '../../../site/urls.ts';

export const getStaticPaths = (() => CITIES.map((city) => ({ params: { city: city.id }, props: { city } }))) satisfies GetStaticPaths;

/** One city's feed. */
export const GET: APIRoute = async (context) => {
  const { city } = context.props as { city: City };
  return rss({
    title: `${city.fullName}生态环境新闻 | 山西生态新闻档案`,
    description: `《科学导报》刊发的${city.fullName}生态环境新闻，最新收录的文章。`,
    // The channel links to the city's page; items resolve against it to absolute URLs.
    site: new URL(cityUrl(city.id), context.site).href,
    items: await feedItems(await getCityArticles(city.id)),
    customData: '<language>zh-cn</language>',
  });
};
