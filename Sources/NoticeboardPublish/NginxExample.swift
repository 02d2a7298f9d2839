import NoticeboardValues

/// `nginx.conf.example`, written beside the site for a folder or SFTP target: the lines of a `server { }`
/// block that serve the site under `base_url`'s path with the headers WeChat needs, as S3 uploads carry them
/// (`UploadHeaders`): pages and data revalidated every time, digest-named files kept a year, UTF-8 text,
/// the manifest and other dot files hidden, the site's own 404 page.
enum NginxExample {
    static let fileName = "nginx.conf.example"

    /// The lines for the site at `baseURL` whose files are in `folder` on the server.
    static func text(target: String, baseURL: String, folder: String) -> String {
        let path = BaseURL.path(of: baseURL)
        let root = folder.hasSuffix("/") ? folder : folder + "/"
        let escaped = path.replacingOccurrences(of: ".", with: "\\.")
        return """
            # noticeboard publish --target \(target)：放进 nginx 的 server { } 中 / put inside nginx's server { } block
            # 页面与数据每次向服务器确认（微信里立即看到改正），带内容摘要的样式表与图片缓存一年
            # pages and data are revalidated every time (a correction shows at once in WeChat); digest-named files are kept a year

            location ~ "^\(escaped)(.*/)?\\." {
                deny all;
            }

            location ~ "^\(escaped)(.*\\.[0-9a-f]{8}\\.[A-Za-z0-9]+)$" {
                alias \(root)$1;
                charset utf-8;
                charset_types text/css text/xml text/plain application/xml application/json image/svg+xml;
                add_header Cache-Control "\(UploadHeaders.keepAYear)" always;
            }

            location \(path) {
                alias \(root);
                index index.html;
                charset utf-8;
                charset_types text/css text/xml text/plain application/xml application/json image/svg+xml;
                add_header Cache-Control "\(UploadHeaders.revalidate)" always;
                error_page 404 \(path)404.html;
            }

            """
    }
}
