import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { countByCity, getArticles, getCityArticles } from '../../../site/articles.ts';
import type { Area } from '../../../model/gazetteer.ts';
import { areaTitle, listedAreas } from '../../../view/areas.ts';
import { feedItems } from '../../../site/feed-items.ts';
import { cityUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () =>
  listedAreas(countByCity(await getArticles())).map((city) => ({ params: { city: city.id }, props: { city } }))) satisfies GetStaticPaths;

/** One city's feed (or that of 全省, or of 城市未定). */
export const GET: APIRoute = async (context) => {
  const { city } = context.props as { city: Area };
  return rss({
    title: `${areaTitle(city)} | 山西生态新闻档案`,
    description: `《科学导报》刊发的${areaTitle(city)}，最新收录的文章。`,
    // The channel links to the city's page; items resolve against it to absolute URLs.
    site: new URL(cityUrl(city.id), context.site).href,
    items: await feedItems(await getCityArticles(city.id)),
    customData: '<language>zh-cn</language>',
  });
};
