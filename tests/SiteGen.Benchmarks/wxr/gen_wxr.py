#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N posts for timing `sitegen import`.

Each post has about 700 words in classic paragraphs and Gutenberg blocks, two captioned images ([caption] and a
wp:image block with a figcaption), a gallery, links to earlier posts, a category, three tags, and on every fifth
post two comments; every image is an attachment record of the export. The text is drawn from a fixed vocabulary with
a seeded generator, so the same arguments always give the same file.

    python3 gen_wxr.py --count 10000 --out /tmp/wxr-bench/export.xml
"""
import argparse
import datetime
import random

WORDS = ("the front line moved east of the river overnight while artillery units shelled positions near the "
         "village and the regional governor reported damage to power lines schools and a hospital wing the army "
         "said drones struck a depot ammunition convoy and two bridges used for supplies officials in Kyiv Minsk "
         "and Moscow gave conflicting accounts of losses negotiations stalled again as diplomats met in Istanbul "
         "and Geneva volunteers evacuated families from the shelled districts and aid groups asked for fuel "
         "generators medicine and warm clothes analysts expect the offensive to slow with the autumn rains").split()
CATEGORIES = ["War diary", "Analysis", "Maps", "Diplomacy", "Belarus", "Humanitarian"]
TAGS = ["shelling", "drones", "energy", "refugees", "artillery", "sanctions", "kyiv", "kharkiv", "minsk", "donbas",
        "bridges", "talks", "aid", "winter", "logistics"]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, words):
    out, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 22))
        out.append(sentence(rng, n))
        left -= n
    return " ".join(out)


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    blog = "https://briefings.example"
    start = datetime.datetime(2019, 1, 1, 6, 0, 0)
    offset = datetime.timedelta(hours=2)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n')
        out.write(f"<title>Briefings</title><link>{blog}</link><wp:wxr_version>1.2</wp:wxr_version>"
                  f"<wp:base_site_url>{blog}</wp:base_site_url><wp:base_blog_url>{blog}</wp:base_blog_url>\n")
        out.write("<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login>"
                  "<wp:author_display_name><![CDATA[The Editor]]></wp:author_display_name></wp:author>\n")
        next_id = args.count + 1
        links = []
        for i in range(args.count):
            post_id = i + 1
            local = start + datetime.timedelta(hours=5 * i, minutes=rng.randint(0, 59))
            gmt = local - offset
            slug = f"briefing-{post_id}-{rng.choice(WORDS)}-{rng.choice(WORDS)}".lower()
            link = f"{blog}/{local:%Y/%m/%d}/{slug}/"
            images = []
            for _ in range(4):
                images.append((next_id, f"{blog}/wp-content/uploads/{local:%Y/%m}/photo-{next_id}.jpg"))
                next_id += 1
            body = []
            body.append(paragraph(rng, 120))
            body.append(f'[caption id="attachment_{images[0][0]}" align="aligncenter" width="800"]<img class="wp-image-{images[0][0]}" '
                        f'src="{images[0][1]}?w=800" alt="{sentence(rng, 5)}" width="800" height="533" /> {sentence(rng, 12)}[/caption]')
            body.append(paragraph(rng, 150))
            if links:
                earlier = rng.choice(links)
                body.append(f'As <a href="{earlier}">reported earlier</a>, {paragraph(rng, 60)}')
            body.append(f'<!-- wp:image {{"id":{images[1][0]}}} -->\n<figure class="wp-block-image"><img src="{images[1][1]}" alt="{sentence(rng, 4)}" '
                        f'class="wp-image-{images[1][0]}"/><figcaption>{sentence(rng, 10)}</figcaption></figure>\n<!-- /wp:image -->')
            body.append(paragraph(rng, 180))
            body.append(f'[gallery ids="{images[2][0]},{images[3][0]}" columns="2"]')
            body.append(paragraph(rng, 150))
            body.append("<ul><li>" + sentence(rng, 8) + "</li><li>" + sentence(rng, 9) + "</li></ul>")
            content = "\n\n".join(body)
            category = rng.choice(CATEGORIES)
            tags = rng.sample(TAGS, 3)
            terms = f'<category domain="category" nicename="{category.lower().replace(" ", "-")}">{cdata(category)}</category>'
            terms += "".join(f'<category domain="post_tag" nicename="{t}">{cdata(t)}</category>' for t in tags)
            comments = ""
            if post_id % 5 == 0:
                for c in (1, 2):
                    comments += (f"<wp:comment><wp:comment_id>{post_id * 10 + c}</wp:comment_id><wp:comment_author>{cdata('Reader ' + str(c))}</wp:comment_author>"
                                 f"<wp:comment_date_gmt>{gmt:%Y-%m-%d %H:%M:%S}</wp:comment_date_gmt><wp:comment_content>{cdata(paragraph(rng, 30))}</wp:comment_content>"
                                 f"<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>{post_id * 10 + 1 if c == 2 else 0}</wp:comment_parent></wp:comment>")
            out.write(f"<item><title>{cdata(sentence(rng, 7)[:-1])}</title><link>{link}</link><dc:creator>{cdata('editor')}</dc:creator>"
                      f'<guid isPermaLink="false">{blog}/?p={post_id}</guid><content:encoded>{cdata(content)}</content:encoded>'
                      f"<excerpt:encoded>{cdata('')}</excerpt:encoded><wp:post_id>{post_id}</wp:post_id>"
                      f"<wp:post_date>{local:%Y-%m-%d %H:%M:%S}</wp:post_date><wp:post_date_gmt>{gmt:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                      f"<wp:post_name>{cdata(slug)}</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent>"
                      f"<wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky>{terms}"
                      f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{images[0][0]}</wp:meta_value></wp:postmeta>{comments}</item>\n")
            for attachment_id, url in images:
                out.write(f"<item><title>photo-{attachment_id}</title><link>{link}photo-{attachment_id}/</link><wp:post_id>{attachment_id}</wp:post_id>"
                          f"<wp:post_date>{local:%Y-%m-%d %H:%M:%S}</wp:post_date><wp:post_date_gmt>{gmt:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                          f"<wp:post_name>photo-{attachment_id}</wp:post_name><wp:status>inherit</wp:status><wp:post_parent>{post_id}</wp:post_parent>"
                          f"<wp:post_type>attachment</wp:post_type><wp:attachment_url>{url}</wp:attachment_url>"
                          f"<excerpt:encoded>{cdata(sentence(rng, 6))}</excerpt:encoded></item>\n")
            links.append(link)
        out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
