#include "argmap/markdown_blocks.h"

#include <cmark.h>

#include <algorithm>
#include <memory>

#include "argmap/text.h"

namespace argmap {
namespace {

// The text cmark reads: the version's regions joined by blank lines, with the way back.
class View {
 public:
  View(const Document& doc, const Version& version) {
    for (const Region& r : version.regions) {
      if (!text_.empty()) text_ += "\n\n";
      spans_.push_back({text_.size(), r.input, r.start, r.end - r.start});
      text_.append(doc.inputs[r.input].bytes, r.start, r.end - r.start);
    }
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      const bool crlf = text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n';
      if (text_[i] == '\n' || (text_[i] == '\r' && !crlf)) line_starts_.push_back(i + 1);
    }
  }
  const std::string& text() const { return text_; }
  // View offset of a cmark (line, column), both 1-based, column in bytes.
  std::size_t offset(int line, int column) const {
    if (line < 1) return 0;
    const auto l = std::min(static_cast<std::size_t>(line - 1), line_starts_.size() - 1);
    return std::min(line_starts_[l] + static_cast<std::size_t>(std::max(column, 1) - 1),
                    text_.size());
  }
  std::size_t input_of(std::size_t v) const { return span_at(v).input; }
  std::size_t original(std::size_t v) const {
    const Span& s = span_at(v);
    return s.original + std::min(v - s.view_start, s.len);
  }

 private:
  struct Span {
    std::size_t view_start, input, original, len;
  };
  const Span& span_at(std::size_t v) const {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), v,
                               [](std::size_t x, const Span& s) { return x < s.view_start; });
    return it == spans_.begin() ? *it : *std::prev(it);
  }
  std::string text_;
  std::vector<Span> spans_;
  std::vector<std::size_t> line_starts_;
};

// Accumulates one block's text from cmark inline events, locating each literal in the view.
class BlockBuilder {
 public:
  BlockBuilder(const View& view, std::size_t from, std::size_t to)
      : view_(view), cursor_(from), limit_(to) {
    block_.input = view.input_of(from);
  }
  void text(std::string_view literal) {
    if (literal.empty()) return;
    if (pending_break_) join(literal);
    const std::size_t at = view_.text().find(literal, cursor_);
    if (at != std::string::npos && at + literal.size() <= limit_) {
      block_.map.add_copy(block_.text.size(), literal.size(), view_.original(at));
      cursor_ = at + literal.size();
    } else {
      block_.map.add_inserted(block_.text.size(), literal.size(), view_.original(cursor_));
    }
    block_.text += literal;
  }
  void line_break() {
    pending_break_ = true;
    block_.multiline = true;
    const std::size_t nl = view_.text().find_first_of("\r\n", cursor_);
    break_at_ = nl == std::string::npos ? cursor_ : nl;
  }
  void emphasis(bool enter, bool strong) {
    if (enter) {
      open_.push_back({block_.text.size(), 0, strong});
    } else if (!open_.empty()) {
      Emphasis e = open_.back();
      open_.pop_back();
      e.end = block_.text.size();
      if (e.end > e.start) block_.emphasis.push_back(e);
    }
  }
  // Code and HTML blocks: their literal, line by line.
  void literal_lines(std::string_view literal) {
    std::size_t start = 0;
    while (start < literal.size()) {
      std::size_t end = literal.find('\n', start);
      if (end == std::string_view::npos) end = literal.size();
      if (start > 0) line_break();
      text(literal.substr(start, end - start));
      start = end + 1;
    }
  }
  Block finish() {
    std::sort(block_.emphasis.begin(), block_.emphasis.end(),
              [](const Emphasis& a, const Emphasis& b) { return a.start < b.start; });
    return std::move(block_);
  }

 private:
  // Wrapped lines join with nothing between two CJK characters, else with one space.
  void join(std::string_view next) {
    pending_break_ = false;
    if (block_.text.empty()) return;
    std::size_t end = block_.text.size();
    const char32_t before = decode_utf8_before(block_.text, end);
    std::size_t begin = 0;
    const char32_t after = decode_utf8(next, begin);
    if (!(is_cjk_char(before) && is_cjk_char(after)) && !is_space(before) && !is_space(after)) {
      block_.map.add_inserted(block_.text.size(), 1, view_.original(break_at_));
      block_.text += ' ';
    }
    block_.line_starts.push_back(block_.text.size());
  }
  const View& view_;
  Block block_;
  std::size_t cursor_, limit_;
  bool pending_break_ = false;
  std::size_t break_at_ = 0;
  std::vector<Emphasis> open_;
};

struct Walk {
  const View& view;
  RawBlocks out;
  std::vector<std::size_t> list_stack;
  std::vector<bool> item_has_block;  // per open item: its first paragraph was seen
  int quote_depth = 0;
  std::unique_ptr<BlockBuilder> current;

  void begin_block(cmark_node* node) {
    const std::size_t from =
        view.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    std::size_t to =
        view.offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node)) + 1;
    to = std::min(std::max(to, from), view.text().size());
    current = std::make_unique<BlockBuilder>(view, from, to);
  }

  void end_block(BlockKind kind, int level) {
    Block block = current->finish();
    current.reset();
    block.kind = kind;
    block.heading_level = level;
    block.quoted = quote_depth > 0;
    const bool first_in_item = !item_has_block.empty() && !item_has_block.back();
    if (kind == BlockKind::kParagraph && !list_stack.empty()) {
      block.list = list_stack.back();
      if (first_in_item) {
        block.kind = BlockKind::kListItem;
        out.lists[list_stack.back()].items.push_back(out.blocks.size());
        item_has_block.back() = true;
      }
    }
    out.blocks.push_back(std::move(block));
  }

  void leaf_block(cmark_node* node) {
    begin_block(node);
    const char* literal = cmark_node_get_literal(node);
    current->literal_lines(literal ? literal : "");
    end_block(BlockKind::kParagraph, 0);
  }

  void event(cmark_event_type ev, cmark_node* node) {
    const bool enter = ev == CMARK_EVENT_ENTER;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE:
        quote_depth += enter ? 1 : -1;
        break;
      case CMARK_NODE_LIST:
        if (enter) {
          List list;
          list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
          list.start = cmark_node_get_list_start(node);
          list_stack.push_back(out.lists.size());
          out.lists.push_back(list);
        } else {
          list_stack.pop_back();
        }
        break;
      case CMARK_NODE_ITEM:
        if (enter)
          item_has_block.push_back(false);
        else
          item_has_block.pop_back();
        break;
      case CMARK_NODE_PARAGRAPH:
        if (enter)
          begin_block(node);
        else
          end_block(BlockKind::kParagraph, 0);
        break;
      case CMARK_NODE_HEADING:
        if (enter)
          begin_block(node);
        else
          end_block(BlockKind::kHeading, cmark_node_get_heading_level(node));
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        leaf_block(node);
        break;
      default:
        inline_event(enter, node);
        break;
    }
  }

  void inline_event(bool enter, cmark_node* node) {
    if (!current) return;
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE) {
      const char* literal = cmark_node_get_literal(node);
      current->text(literal ? literal : "");
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      current->line_break();
    } else if (type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH) {
      current->emphasis(enter, type == CMARK_NODE_STRONG);
    }
  }
};

}  // namespace

RawBlocks read_markdown(const Document& doc, const Version& version) {
  const View view(doc, version);
  Walk walk{view, {}, {}, {}, 0, nullptr};
  cmark_node* root =
      cmark_parse_document(view.text().data(), view.text().size(), CMARK_OPT_SOURCEPOS);
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    walk.event(ev, cmark_iter_get_node(iter));
  }
  cmark_iter_free(iter);
  cmark_node_free(root);
  return std::move(walk.out);
}

RawBlocks read_lines(const Document& doc, const Version& version) {
  RawBlocks out;
  for (const Region& r : version.regions) {
    const std::string_view bytes(doc.inputs[r.input].bytes);
    std::size_t start = r.start;
    while (start < r.end) {
      std::size_t end = std::min(bytes.find_first_of("\r\n", start), r.end);
      const std::string_view line = trim(bytes.substr(start, end - start));
      if (!line.empty()) {
        Block block;
        block.input = r.input;
        block.text = std::string(line);
        block.map.add_copy(0, line.size(), static_cast<std::size_t>(line.data() - bytes.data()));
        out.blocks.push_back(std::move(block));
      }
      start = end + 1;
    }
  }
  return out;
}

}  // namespace argmap
