#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Apply the hand-written translations in zh_HK.txt (and zh_CN.txt) to the .ts catalogues.

zh_HK.txt: one "source<TAB>translation" per line ("Context|source" for a context-specific entry;
"\\n" for a line break). zh_CN.txt holds the Simplified Chinese, written the same way; make it
from zh_HK.txt with `fill.py --draft-cn` (OpenCC hk2s plus Mainland terms) and then edit by hand.
Run `fill.py` after lupdate: it fills every message, fails on any source it has no translation for.
"""
import re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

def load(name):
    d = {}
    for line in (HERE / name).read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        src, tr = line.split('\t')
        d[src.replace('\\n', '\n')] = tr.replace('\\n', '\n')
    return d

# Hong Kong wording -> Mainland wording, applied after hk2s (order matters: longer first).
CN_TERMS = [
    ('资料夹', '文件夹'), ('档案', '文件'), ('个人资料', '个人信息'), ('联络资料', '联系信息'),
    ('注册资料', '注册信息'), ('更多资料', '更多信息'), ('登入资料', '登录信息'), ('更改资料', '更改信息'),
    ('更正资料', '更正信息'), ('这项资料', '这项信息'), ('此资料', '此信息'), ('要更正的资料', '要更正的信息'),
    ('资料有误', '信息有误'), ('资料(&D)', '信息(&D)'), ('选择要更改的资料', '选择要更改的信息'),
    ('资料', '数据'), ('电邮', '电子邮件'), ('流动电话号码', '手机号码'), ('流动电话', '手机'),
    ('流动网络', '移动网络'), ('私隐', '隐私'), ('网域名称', '域名'), ('网域', '域名'), ('伺服器', '服务器'),
    ('登入', '登录'), ('登出', '退出登录'), ('营办商', '运营商'), ('联络', '联系'), ('支援', '支持'),
    ('连线后', '联网后'), ('已连线', '已联网'), ('恢复连线', '恢复联网'), ('连线时长', '会话时长'), ('连线', '连接'),
    ('本机储存', '本地存储'), ('储存', '保存'), ('传送', '发送'), ('分页', '标签页'), ('视窗画面', '窗口截图'),
    ('视窗', '窗口'), ('应用程式', '应用'), ('程式', '程序'), ('检视(&V)', '视图(&V)'), ('检视', '视图'),
    ('说明(&H)', '帮助(&H)'), ('工具列', '工具栏'), ('选单', '菜单'), ('控制项', '控件'), ('快速键', '快捷键'),
    ('磁碟', '磁盘'), ('记忆体', '内存'), ('作业系统', '操作系统'), ('识别码', '标识符'), ('乙太网络', '以太网'),
    ('凭证', '证书'), ('字元', '字符'), ('讯息', '消息'), ('推广消息', '营销信息'), ('用户名称', '用户名'),
    ('帐', '账'), ('大楷字母', '大写字母'), ('大楷', '大写字母'), ('串错', '拼错'), (' 星期', ' 周'), (' 日', ' 天'),
    ('续期', '续费'), ('搜寻', '搜索'), ('个人化', '个性化'), ('设定', '设置'), ('通用公共授权条款', '通用公共许可证'),
    ('或更新版本', '或更高版本'), ('软件', '软件'), ('密码钥匙圈', '密钥环'), ('钥匙圈存取', '钥匙串访问'),
    ('认证管理员', '凭据管理器'), ('甚么', '什么'), ('容许', '允许'), ('不获接纳', '未被接受'), ('接纳', '接受'),
    ('职员', '员工'), ('起计', '起算'), ('收据', '回执'), ('送货', '配送'), ('部装置', '台设备'), ('这部电脑', '这台电脑'),
    ('部电脑', '台电脑'), ('装置', '设备'), ('重新导向', '重定向'), ('忙碌', '繁忙'), ('填妥', '填写'),
    ('这看来', '这看起来'), ('所选列', '所选行'), ('逐列', '逐行'), ('原本的文件', '原文件'), ('结束(&Q)', '退出(&Q)'),
    ('然后结束', '然后退出'), ('开启', '打开'), ('服务供应商', '服务提供商'), ('跟进', '跟踪'), ('「', '“'), ('」', '”'),
    ('要求', '请求'), ('舍弃', '丢弃'), ('加入文件', '添加文件'), ('正当权益', '合法利益'), ('法律责任', '法定义务'),
    ('不作保留', '不保留'), ('不明', '未知'), ('直至', '直到'), ('现时', '当前'), ('现有版本', '当前版本'),
    ('共 1 部', '共 1 台'), ('共 %L2 部', '共 %L2 台'), ('一部设备', '一台设备'), ('用户名称', '用户名'),
]

def draft_cn():
    hk = (HERE / 'zh_HK.txt').read_text(encoding='utf-8')
    cn = subprocess.run(['opencc', '-c', 'hk2s.json'], input=hk, capture_output=True, text=True, check=True).stdout
    out = []
    for line in cn.splitlines():
        if '\t' in line:
            src, tr = line.split('\t')
            for a, b in CN_TERMS:
                tr = tr.replace(a, b)
            # the source column went through OpenCC too: take it back from zh_HK.txt
            line = tr and (src, tr)
        out.append(line)
    srcs = [l.split('\t')[0] for l in hk.splitlines() if '\t' in l]
    res, i = [], 0
    for item in out:
        if isinstance(item, tuple):
            res.append(srcs[i] + '\t' + item[1]); i += 1
        else:
            res.append(item)
    (HERE / 'zh_CN.txt').write_text('\n'.join(res) + '\n', encoding='utf-8')

def fill(ts, table):
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter('context'):
        cname = ctx.findtext('name').split('::')[-1]
        for m in ctx.findall('message'):
            src = m.findtext('source')
            tr = table.get(cname + '|' + src, table.get(src))
            if tr is None:
                missing.append((cname, src)); continue
            t = m.find('translation')
            t.attrib.pop('type', None)
            for child in list(t):
                t.remove(child)
            if m.get('numerus') == 'yes':
                t.text = None
                ET.SubElement(t, 'numerusform').text = tr
            else:
                t.text = tr
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    Path(ts).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')
    return missing

def fill_english(ts):
    """English plural forms for new %n messages: "(s)" dropped for one, "s" for many.
    Only unfinished messages are touched, so hand-written forms ("needs"/"need") stay."""
    tree = ET.parse(ts)
    for m in tree.getroot().iter('message'):
        t = m.find('translation')
        if m.get('numerus') != 'yes' or t.get('type') != 'unfinished':
            continue
        src = m.findtext('source')
        t.attrib.pop('type', None)
        for child in list(t):
            t.remove(child)
        ET.SubElement(t, 'numerusform').text = src.replace('(s)', '')
        ET.SubElement(t, 'numerusform').text = src.replace('(s)', 's')
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    Path(ts).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')

if __name__ == '__main__':
    if sys.argv[1:] == ['--draft-cn']:
        draft_cn(); sys.exit(0)
    if sys.argv[1:] == ['--english']:
        for base in ('core', 'privacy-dashboard'):
            fill_english(HERE / f'{base}_en.ts')
        sys.exit(0)
    bad = []
    for lang in ('zh_HK', 'zh_CN'):
        table = load(lang + '.txt')
        for base in ('core', 'privacy-dashboard'):
            bad += [(lang, base) + m for m in fill(HERE / f'{base}_{lang}.ts', table)]
    for b in bad:
        print('no translation:', *b, sep=' | ')
    sys.exit(1 if bad else 0)
