/**
 * RSS items for a list of archived articles (newest first), as `@astrojs/rss`
 * takes them.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from './articles.ts';
import { getArea } from '../model/gazetteer.ts';
import { bodyText } from '../text/markdown.ts';
import { TOPICS } from '../model/topics.ts';
import { FEED_SIZE, excerpt, feedDate } from '../view/feeds.ts';
import { articleUrl } from './urls.ts';

/** The newest `FEED_SIZE` articles as feed items, linked by their absolute-path URL. */
export async function feedItems(articles: Article[]): Promise<RSSFeedItem[]> {
  return articles.slice(0, FEED_SIZE).map((article) => {
    const { data } = article;
    const area = getArea(data.city);
    const place = [area.fullName, data.county].filter(Boolean).join(' · ');
    return {
      title: data.title,
      link: articleUrl(article.id),
      pubDate: feedDate(data.date),
      description: `${place}｜${data.authors.join('、')}｜${excerpt(bodyText(article.body ?? ''))}`,
      // A city not yet known is no category to subscribe to.
      categories: [...(area.kind === 'unknown' ? [] : [area.fullName]), ...data.topics.map((topic) => TOPICS[topic])],
    };
  });
}
