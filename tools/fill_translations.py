"""Fill the zh_CN translations of the desktop app into resources/i18n/likeness_vault_zh_CN.ts
(and the English plural forms into likeness_vault_en.ts: "1 deal", "2 deals").

Only messages whose source is in ``ZH`` are touched, and only when they are still unfinished
or empty (``--force`` rewrites them): the letters and evidence parts keep their own entries.
Run it after ``make i18n-update``, holding the i18n lock (see docs/gui.md):

    mkdir /tmp/lv-i18n.lock && make i18n-update && .venv/bin/python tools/fill_translations.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "likeness_vault_zh_CN.ts"

ZH: dict[str, str] = {
    # fits the screen: the main actions on the main toolbar, the New and Copy menus
    "New": "新建",
    "New buyer or deal": "新建买家或交易",
    "Copy": "复制",
    "Copy the platform ID or the contact": "复制平台账号 ID 或联系方式",
    "Write a revocation letter to a buyer: end the licence to your photos": (
        "给买家写解除许可通知：终止对你照片的许可"
    ),
    "Ask a platform to take down a video or post that uses your face": (
        "请平台下架使用了你的脸的视频或帖子"
    ),
    "A signed ZIP of a buyer's or a sighting's records, photos and letters, with a PDF report": (
        "一位买家或一条发现记录的资料、照片和函件，打包为已签名的 ZIP，附 PDF 报告"
    ),
    "An evidence bundle gathers the records of one buyer or one sighting: add a buyer or a "
    "sighting first.": "证据包收集一位买家或一条发现记录的资料：请先添加买家或发现记录。",
    "Evidence about:": "证据针对：",
    "Buyer: %1": "买家：%1",
    "Sighting: %1": "发现记录：%1",
    "Export evidence": "导出证据",
    "Evidence tools": "证据工具",
    "Your signing key's fingerprint; check a bundle you were sent": (
        "你的签名密钥指纹；核验别人发给你的证据包"
    ),
    # general
    "Likeness Vault": "肖像保险箱",
    "Likeness Vault recovery key": "肖像保险箱恢复密钥",
    "Likeness Vault recovery key.pdf": "肖像保险箱恢复密钥.pdf",
    "%1 — Likeness Vault": "%1 — 肖像保险箱",
    "Settings": "设置",
    "Settings…": "设置…",
    "Cancel": "取消",
    "Next": "下一步",
    "Back": "上一步",
    "Open": "打开",
    "Search": "搜索",
    "Lock": "锁定",
    "Locked": "已锁定",
    "Unlocked": "已解锁",
    "copy": "复制",
    "Text": "正文",
    "Name": "名字",
    "Vault": "保险箱",
    "File": "文件",
    "Reason": "原因",
    "Delete": "删除",
    "Edit…": "编辑…",
    "Preview": "预览",
    "No preview": "无法预览",
    # platforms and choices
    "Xianyu": "闲鱼",
    "WeChat": "微信",
    "Douyin": "抖音",
    "Other": "其他",
    "Yes": "是",
    "No": "否",
    "Not stated": "未约定",
    "Until %1": "至 %1",
    "Until a date": "至某一日期",
    "Unlimited": "不限期",
    # letters
    "Revocation": "解除许可通知",
    "Deletion request": "删除请求",
    "Takedown notice": "侵权通知",
    "Reminder": "催告",
    "Escalation": "升级投诉",
    "Draft": "草稿",
    "Sent": "已发送",
    "Acknowledged": "对方已确认",
    "Complied": "已照办",
    "Ignored": "未理睬",
    # columns and detail labels
    "Platform": "平台",
    "Nickname": "昵称",
    "Platform ID": "平台账号 ID",
    "Deals": "交易",
    "Photos held": "持有照片",
    "Last action": "最近动态",
    "Date": "日期",
    "Buyer": "买家",
    "Buyers": "买家",
    "Photos": "照片",
    "Price": "价格",
    "Uses": "用途",
    "Permitted uses": "授权用途",
    "AI training": "AI 训练",
    "Resale": "转售",
    "Territory / platforms": "地域 / 平台",
    "Exclusive": "独家",
    "Order number": "订单号",
    "Order numbers": "订单号",
    "Term": "期限",
    "Attachments": "附件",
    "Seen on": "发现日期",
    "Title": "标题",
    "Link": "链接",
    "Traced to": "追溯到",
    "Created": "创建日期",
    "Kind": "类型",
    "To": "收件人",
    "Status": "状态",
    "Sent on": "发送日期",
    "Channel": "发送渠道",
    "Deadline": "期限日",
    "Contact": "联系方式",
    "Real name": "真实姓名",
    "Company": "公司",
    "Country": "国家/地区",
    "Notes": "备注",
    "Held by": "持有者",
    "Set": "套图",
    "Captured": "拍摄时间",
    "Imported": "导入日期",
    "Size": "尺寸",
    "Deal of %1": "%1 的交易",
    "Sightings": "发现记录",
    "Letters & evidence": "函件与证据",
    "Sections": "栏目",
    # errors
    "The password (or recovery key) is wrong; the vault was not opened.": "密码（或恢复密钥）不正确，保险箱没有打开。",
    "The vault header asks for unsafe settings or is malformed; it was not opened.": "保险箱的文件头要求不安全的参数或格式有误，没有打开。",
    "Part of the vault is damaged. The items below failed their integrity check.": "保险箱有部分内容已损坏，下列项目未通过完整性校验。",
    "This vault was made by a newer version of Likeness Vault; update the app.": "这个保险箱由更新版本的肖像保险箱创建，请先升级本应用。",
    "This folder is not a Likeness Vault.": "这个文件夹不是肖像保险箱。",
    "That folder already exists and is not empty; choose a new folder.": "该文件夹已存在且不为空，请选择一个新文件夹。",
    "This vault is open in another window or program; close it there first.": "这个保险箱已在另一个窗口或程序中打开，请先在那里关闭。",
    "The vault is locked; unlock it first.": "保险箱已锁定，请先解锁。",
    "Writing to the disk failed (it may be full or not writable); nothing was changed.": "写入磁盘失败（磁盘可能已满或不可写）；没有任何改动。",
    "This file could not be taken into the vault.": "这个文件无法存入保险箱。",
    "That record is no longer in the vault.": "这条记录已不在保险箱中。",
    "Some of what was entered is not valid; please correct it.": "填写的内容有误，请修改。",
    "This computer has no usable secret store for remembering the vault.": "这台电脑没有可用的系统密钥库，无法记住保险箱。",
    "Something went wrong.": "出了点问题。",
    "Unexpected error": "意外错误",
    "Something unexpected went wrong. Your vault is consistent: every saved change is kept, and a change that did not finish was not saved. You can copy the details below for a bug report (they contain no photo or buyer data).": "发生了意外错误。保险箱保持一致：已保存的修改都在，没有完成的修改不会被保存。你可以复制下面的详细信息用于报告问题（其中不含照片或买家信息）。",
    "Error details": "错误详情",
    "Copy details": "复制详情",
    # buyer dialog and page
    "Edit buyer": "编辑买家",
    "Add buyer": "添加买家",
    "Add buyer…": "添加买家…",
    "WeChat ID, phone or e-mail": "微信号、手机号或邮箱",
    "Two-letter country code, such as CN, US or DE": "两个字母的国家代码，例如 CN、US 或 DE",
    "One order number per line": "每行一个订单号",
    "&Nickname:": "昵称(&N)：",
    "&Platform:": "平台(&P)：",
    "Platform &ID:": "平台账号 ID(&I)：",
    "&Contact:": "联系方式(&C)：",
    "&Real name:": "真实姓名(&R)：",
    "Co&mpany:": "公司(&M)：",
    "Co&untry:": "国家/地区(&U)：",
    "&Order numbers:": "订单号(&O)：",
    "No&tes:": "备注(&T)：",
    "Copy platform ID": "复制平台账号 ID",
    "Copy contact": "复制联系方式",
    "Choose a buyer to see the deals, the photos they hold and how to reach them.": "选择一位买家，查看交易、对方持有的照片和联系方式。",
    "%n photo(s)": "%n 张照片",
    "Delete buyer": "删除买家",
    "Delete the buyer “%1”?": "要删除买家“%1”吗？",
    # create-vault wizard
    "Create a new vault": "新建保险箱",
    "Where should the vault live?": "保险箱放在哪里？",
    "The vault is a folder of encrypted files. Put it on this computer or on a drive you back up; it can be copied like any folder.": "保险箱是一个存放加密文件的文件夹。可以放在本机或你会备份的硬盘上，也可以像普通文件夹一样复制。",
    "Vault folder": "保险箱文件夹",
    "Choose…": "选择…",
    "&Folder (new or empty):": "文件夹（新的或空的）(&F)：",
    "e.g. the name you use on letters": "例如在函件上署的名字",
    "Your &name:": "你的名字(&N)：",
    "Choose where to create the vault folder": "选择在哪里创建保险箱文件夹",
    "Folder not empty": "文件夹不为空",
    "Choose a password": "设置密码",
    "It encrypts everything in the vault. A long phrase of several words is both strong and easy to remember; Chinese characters are fine.": "密码用来加密保险箱里的一切。由几个词组成的长句既安全又好记，也可以使用汉字。",
    "&Password:": "密码(&P)：",
    "&Repeat it:": "再输入一次(&R)：",
    "Password strength": "密码强度",
    "Type a password.": "请输入密码。",
    "Use four or more unrelated words, or a longer phrase; Chinese is fine.": "请用四个或更多互不相关的词，或一句更长的话；中文也可以。",
    "Very weak: anyone with a copy of the vault folder could guess it at once.": "非常弱：拿到保险箱文件夹副本的人立刻就能猜出来。",
    "Weak: a copy of the vault folder could be cracked.": "弱：保险箱文件夹的副本可能被破解。",
    "Almost: add another word or two, so that a copy would take years to crack.": "差一点：再加一两个词，让破解副本需要数年。",
    "Strong enough.": "足够强。",
    "This password is too easy to guess; use four or more unrelated words, or a longer phrase.": "这个密码太容易被猜到；请用四个或更多互不相关的词，或一句更长的话。",
    "That file already exists and was left as it is; choose another name.": "该文件已存在，未作改动；请换一个文件名。",
    "The two passwords differ.": "两次输入的密码不一致。",
    "Creating the vault…": "正在创建保险箱…",
    "Your recovery key": "你的恢复密钥",
    "If you forget the password, this key is the only way back into the vault. It is shown only now. Write it down or save it as a PDF and keep it away from this computer.": "如果忘记密码，这个密钥是重新打开保险箱的唯一办法。它只在此刻显示一次。请抄下来或保存为 PDF，并与这台电脑分开保管。",
    "Recovery key": "恢复密钥",
    "Print / save as PDF…": "打印 / 保存为 PDF…",
    "I have written the recovery key down or saved it": "我已抄下或保存了恢复密钥",
    "Save the recovery key as PDF": "将恢复密钥保存为 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Check the recovery key": "核对恢复密钥",
    "Recovery key groups": "恢复密钥分组",
    "Lost it already? Go back one page and look again.": "已经找不到了？返回上一页再看一次。",
    "Type group %1 and group %2 of your recovery key (each 4 characters):": "请输入恢复密钥的第 %1 组和第 %2 组（每组 4 个字符）：",
    "Open the vault": "打开保险箱",
    "This key opens the vault below if the password is forgotten. Anyone who has it and the vault folder can open the vault: keep it somewhere safe, apart from the computer.": "忘记密码时，可以用这个密钥打开下面的保险箱。任何人只要同时拿到它和保险箱文件夹就能打开保险箱：请把它放在安全的地方，与电脑分开保管。",
    "Letters O and digit 0, I and 1 are treated the same when you type it in.": "输入时，字母 O 与数字 0、字母 I 与数字 1 视为相同。",
    "Leave without checking the key?": "不核对密钥就离开？",
    "The vault has been created. The recovery key will not be shown again. Open the vault without checking that you kept it?": "保险箱已经创建，恢复密钥不会再显示。不核对是否已保存就打开保险箱吗？",
    # deal dialog and page
    "Edit deal": "编辑交易",
    "Add deal": "添加交易",
    "Add deal…": "添加交易…",
    "empty when not stated": "未约定时留空",
    "Currency": "币种",
    "as agreed, e.g. face-swap drama, ads": "按约定填写，例如 AI 换脸短剧、广告",
    "e.g. mainland China; Douyin, Kuaishou": "例如 中国大陆；抖音、快手",
    "Term ends on": "期限截止日",
    "The term decides how a licence can be ended: one with no stated term can be ended at any time with reasonable notice (Civil Code art. 1022).": "期限决定授权如何解除：未约定期限的，可以随时解除，但应在合理期限之前通知对方（《民法典》第一千零二十二条）。",
    "&Buyer:": "买家(&B)：",
    "&Date:": "日期(&D)：",
    "&Price:": "价格(&P)：",
    "Permitted &uses:": "授权用途(&U)：",
    "AI &training allowed:": "允许 AI 训练(&T)：",
    "&Resale allowed:": "允许转售(&R)：",
    "Territory / &platforms:": "地域 / 平台(&L)：",
    "&Term:": "期限(&E)：",
    "&Exclusive:": "独家(&X)：",
    "&Order number:": "订单号(&O)：",
    "Terms": "条款",
    "Filter by name or set": "按文件名或套图筛选",
    "Filter photos": "筛选照片",
    "Photos in this deal": "本次交易的照片",
    "Contract, chat screenshots, payment receipts": "合同、聊天截图、付款凭证",
    "Add file…": "添加文件…",
    "Save a copy as…": "另存副本…",
    "Save a copy as": "另存副本",
    "Remove from deal": "从交易中移除",
    "Attachments are encrypted into the vault. Images are previewed here, from memory; other files can only be saved as a copy, which is not encrypted.": "附件会加密存入保险箱。图片直接在这里（从内存中）预览；其他文件只能另存副本，副本不加密。",
    "%n photo(s) in this deal": "本次交易共 %n 张照片",
    "Contract": "合同",
    "Chat screenshot": "聊天截图",
    "Payment receipt": "付款凭证",
    "(added when you save)": "（保存时加入）",
    "Add attachments": "添加附件",
    "Kind of attachment": "附件类型",
    "These files are:": "这些文件是：",
    "This file is not an image, so it cannot be shown inside the app. Save an unencrypted copy to open it with another program?": "这个文件不是图片，无法在应用内显示。要另存一份未加密的副本，用其他程序打开吗？",
    "This file is not an image.": "这个文件不是图片。",
    "No buyer yet": "还没有买家",
    "Add the buyer first, then the deal.": "请先添加买家，再添加交易。",
    "A deal records what a buyer got and on what terms. Choose one to see it.": "交易记录买家得到了什么、依据什么条件。选择一笔交易查看详情。",
    "Delete deal": "删除交易",
    "Delete this deal? Its photos and attachments stay in the vault.": "要删除这笔交易吗？其中的照片和附件仍保留在保险箱里。",
    # attachments
    "Save an unencrypted copy?": "保存未加密的副本？",
    "The copy you save will NOT be encrypted: anyone with access to that folder can read it. The vault keeps its own encrypted copy. Continue?": "你保存的副本不会加密：能访问那个文件夹的任何人都能查看。保险箱里仍保留加密的原件。继续吗？",
    # import
    "Importing": "正在导入",
    "Preparing…": "正在准备…",
    "Import progress": "导入进度",
    "Encrypting %1 of %2: %3": "正在加密第 %1 个，共 %2 个：%3",
    "Cancelling after the files in progress…": "正在处理的文件完成后取消…",
    "Import finished": "导入完成",
    "%n new item(s) encrypted into the vault.": "%n 个新项目已加密存入保险箱。",
    "%n file(s) were already in the vault.": "%n 个文件已在保险箱中。",
    "The import was cancelled; the files done so far are kept.": "导入已取消，已完成的文件都会保留。",
    "%n file(s) could not be imported:": "%n 个文件无法导入：",
    "Files that could not be imported": "无法导入的文件",
    "%n new item(s) imported.": "已导入 %n 个新项目。",
    # pages
    "Revocation letters, takedown notices and reminders, with their status and deadline. Choose one to see it.": "解除许可通知、侵权通知和催告函，以及它们的状态和期限。选择一封查看详情。",
    "A sighting is a place your face showed up: a drama, an ad, a resale listing. Choose one to see which photos and buyers it traces back to.": "发现记录是你的脸出现过的地方：短剧、广告、转售链接。选择一条，查看它能追溯到哪些照片和买家。",
    "Import photos…": "导入照片…",
    "Save a copy…": "另存副本…",
    "Selected photo": "选中的照片",
    "Choose a photo to see it with its SHA-256, deals and buyers.": "选择一张照片，查看它的 SHA-256、相关交易和买家。",
    "No photos yet. Drop photos or folders here, or use “Import photos…”. They are encrypted into the vault; the originals stay where they are.": "还没有照片。把照片或文件夹拖到这里，或点击“导入照片…”。照片会加密存入保险箱，原文件保持不动。",
    # main window
    "Import…": "导入…",
    "Import photos or folders (Ctrl+I)": "导入照片或文件夹（Ctrl+I）",
    "New buyer…": "新建买家…",
    "New deal…": "新建交易…",
    "Lock the vault now (Ctrl+L)": "立即锁定保险箱（Ctrl+L）",
    "Main toolbar": "主工具栏",
    "Search this page (Ctrl+F)": "在本页搜索（Ctrl+F）",
    "%n buyer(s)": "%n 位买家",
    "%n deal(s)": "%n 笔交易",
    "%n sighting(s)": "%n 条发现记录",
    "%n letter(s)": "%n 封函件",
    "%n shown": "显示 %n 项",
    "locks after %n min idle": "闲置 %n 分钟后锁定",
    "Press Ctrl+L to lock now": "按 Ctrl+L 立即锁定",
    "Import photos, clips or voice samples": "导入照片、视频片段或声音样本",
    "Photos, clips and voice (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;All files (*)": "照片、视频和声音 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;所有文件 (*)",
    "Copy saved.": "副本已保存。",
    "Copied. The clipboard is cleared in 30 seconds.": "已复制。剪贴板将在 30 秒后清空。",
    # settings
    "&Language:": "界面语言(&L)：",
    "A new language takes effect when the app starts again.": "更换的语言在下次启动应用时生效。",
    " min": " 分钟",
    "never": "从不",
    "Lock after &idle:": "闲置多久后锁定(&I)：",
    "Lock when the screen locks": "屏幕锁定时一并锁定",
    "Forget the recent vaults list": "清除最近使用的保险箱列表",
    # welcome
    "An encrypted record, on this computer only, of every photo of your face you handed over: to whom, when and on what terms; and the letters to take it back.": "只存在你自己电脑上的加密记录：你交出去的每一张肖像照片，给了谁、什么时候、什么条件；以及把它收回来的函件。",
    "Create a new vault…": "新建保险箱…",
    "Open a vault": "打开保险箱",
    "&Recent vaults:": "最近使用的保险箱(&R)：",
    "Recent vaults": "最近使用的保险箱",
    "Choose another folder…": "选择其他文件夹…",
    "Remember on this computer": "在这台电脑上记住",
    "Forgot the password…": "忘记密码…",
    "The vault was locked. Type the password to open it again.": "保险箱已锁定。输入密码重新打开。",
    "No operating-system secret store (such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Locker) is available, so the vault key cannot be remembered safely; the app never keeps it in a plain file.": "这里没有可用的系统密钥库（如 GNOME 密钥环、KWallet、macOS 钥匙串或 Windows 凭据管理器），所以无法安全地记住保险箱密钥；本应用绝不会把它存在普通文件里。",
    "Keeps the vault key in this computer's secret store, so the vault opens without the password while you are logged in.": "把保险箱密钥存在这台电脑的系统密钥库中，登录期间无需输入密码即可打开。",
    "(not found)": "（未找到）",
    "No vault chosen yet: create one or choose a folder.": "还没有选择保险箱：新建一个，或选择一个文件夹。",
    "Choose the vault folder": "选择保险箱文件夹",
    "Type the password.": "请输入密码。",
    "Opening…": "正在打开…",
    "Open with the recovery key": "用恢复密钥打开",
    "Type the recovery key (8 groups of 4, as printed on the recovery sheet).": "请输入恢复密钥（8 组、每组 4 个字符，与恢复密钥页上印的一致）。",
    # vault menu and dialogs
    "Vault: password, recovery key, check": "保险箱：密码、恢复密钥、检查",
    "Change the password": "修改密码",
    "Change the password…": "修改密码…",
    "The new password replaces the old one at once. The recovery key stays valid.": "新密码立即取代旧密码，恢复密钥仍然有效。",
    "&New password:": "新密码(&N)：",
    "The password was changed.": "密码已修改。",
    "New recovery key": "新的恢复密钥",
    "New recovery key…": "生成新的恢复密钥…",
    "Make a new recovery key? The old one will stop working.": "要生成新的恢复密钥吗？旧的恢复密钥将失效。",
    "This is your new recovery key; the old one no longer opens the vault. It is shown only now: write it down or save it as a PDF.": "这是你新的恢复密钥，旧的已无法打开保险箱。它只在此刻显示一次：请抄下来或保存为 PDF。",
    "Check the vault": "检查保险箱",
    "Check the vault…": "检查保险箱…",
    "Decrypting and verifying every stored item…": "正在解密并校验每一个存储项目…",
    "Check progress": "检查进度",
    "Damaged items": "损坏的项目",
    "Everything is intact: the header, every saved index and %n stored item(s).": "一切完好：文件头、每一份已保存的索引以及 %n 个存储项目。",
    "%n problem(s) found; everything else is intact. Damaged:": "发现 %n 个问题，其余内容完好。损坏的项目：",
    "Looking for this computer's secret store…": "正在查找这台电脑的系统密钥库…",
    "No vault opened on this computer yet. Create one, or choose its folder.": "这台电脑上还没有打开过保险箱。新建一个，或选择它所在的文件夹。",
    "Opened with notes": "已打开（附说明）",
    "Your details…": "我的信息…",
    "Your details": "我的信息",
    "Your name and contact details for letters": "函件上使用的姓名和联系方式",
    "Used on letters, takedown notices and evidence reports. They are kept encrypted in the vault like everything else.": "用于函件、侵权通知和证据报告。它们和其他内容一样加密保存在保险箱里。",
    "separate with commas": "用逗号或顿号分隔",
    "Platforms and courts need it with a takedown notice; letters to buyers leave it out unless you choose otherwise.": "向平台发侵权通知或向法院提交时需要；发给买家的函件默认不写，除非你另行选择。",
    "&Name on letters:": "函件署名(&N)：",
    "&Stage names:": "艺名(&S)：",
    "&Legal name:": "真实姓名(&L)：",
    "&ID number:": "身份证号(&I)：",
    "&Address:": "地址(&A)：",
    "&E-mail:": "电子邮箱(&E)：",
    "&Phone:": "电话(&P)：",
    "The vault is open. While opening it, the app repaired or noticed the following. Run “Check the vault…” (Vault menu) to verify every item.": "保险箱已打开。打开时，应用修复或发现了以下情况。可在“保险箱”菜单中运行“检查保险箱…”逐项校验。",
    "Forget on this computer": "不再在这台电脑上记住",
    "Remove the remembered vault key from this computer's secret store": "从这台电脑的系统密钥库中删除记住的保险箱密钥",
    "This computer no longer remembers the vault.": "这台电脑已不再记住这个保险箱。",
    "Import a folder of photos": "导入一个照片文件夹",
    "Import a folder…": "导入文件夹…",
    "Leave empty if this computer remembers the vault": "如果这台电脑记住了保险箱，可以留空",
    # sightings, photo editing (issue: daily-use gaps)
    "Hongguo short dramas": "红果短剧",
    "Kuaishou": "快手",
    "WeChat Channels": "微信视频号",
    "Bilibili": "哔哩哔哩",
    "Xiaohongshu": "小红书",
    "When you save, a removed attachment is deleted from the vault unless another deal, a sighting or a letter uses it.": "保存时，移除的附件会从保险箱中删除，除非另一笔交易、某条发现记录或某封函件仍在使用它。",
    "Delete the photo “%1” from the vault?": "从保险箱中删除照片“%1”？",
    "Delete %n photo(s) from the vault?": "从保险箱中删除 %n 张照片？",
    "It will be taken out of these deals:": "它将从以下交易中移除：",
    "They will be taken out of these deals:": "它们将从以下交易中移除：",
    "No deal includes it.": "没有交易包含这张照片。",
    "No deal includes them.": "没有交易包含这些照片。",
    "It is also taken off the sightings that show it.": "显示这张照片的发现记录也会去掉它。",
    "They are also taken off the sightings that show them.": "显示这些照片的发现记录也会去掉它们。",
    "The encrypted original is removed from the vault folder after a few more saves. This cannot be undone.": "加密的原图会在之后几次保存后从保险箱文件夹中删除。此操作无法撤销。",
    "Delete photo": "删除照片",
    "Delete sighting": "删除发现记录",
    "Delete this sighting? Its screenshots are deleted too, unless a deal or a letter uses them. Letters already written stay.": "删除这条发现记录？它的截图也会一并删除，除非某笔交易或某封函件仍在使用。已写好的函件会保留。",
    "Edit photo": "编辑照片",
    "the shoot it came from": "出自哪一次拍摄",
    "e.g. the character or look": "例如角色或造型",
    "separated by commas": "用逗号分隔",
    "&Set:": "套图(&S)：",
    "&Persona:": "人设(&P)：",
    "T&ags:": "标签(&A)：",
    "Edit the set, persona, tags and notes (Enter)": "编辑套图、人设、标签和备注（回车）",
    "Delete…": "删除…",
    "Persona": "人设",
    "Tags": "标签",
    "Edit sighting": "编辑发现记录",
    "Add sighting": "添加发现记录",
    "Add sighting…": "添加发现记录…",
    "the address of the page where you saw it": "你看到它的那个网页的地址",
    "e.g. the drama and episode, or the ad": "例如短剧名和集数，或广告",
    "What the content does with your face": "这段内容如何使用了你的脸",
    "&Link:": "链接(&L)：",
    "&Title:": "标题(&T)：",
    "&Seen on:": "发现日期(&S)：",
    "Where": "在哪里",
    "&Photos seen there (tick them):": "在那里出现的照片（请勾选）(&P)：",
    "Filter by name, set or tag": "按名称、套图或标签筛选",
    "Photos seen there": "在那里出现的照片",
    "Traced to &buyers:": "追溯到的买家(&B)：",
    "T&race from the photos": "按照片追溯(&R)",
    "Tick the buyers whose deals delivered the photos ticked above": "勾选通过交易得到上面所勾照片的买家",
    "Traced to buyers": "追溯到的买家",
    "Photos and buyers": "照片和买家",
    "Screensh&ots and recordings:": "截图和录屏(&O)：",
    "Screenshots": "截图",
    "&Add…": "添加(&A)…",
    "&Remove": "移除(&R)",
    "Screenshots are encrypted into the vault when you save. A screenshot you remove is deleted from the vault unless a deal or letter uses it.": "保存时截图会加密存入保险箱。移除的截图会从保险箱中删除，除非某笔交易或某封函件仍在使用。",
    "Screenshot preview": "截图预览",
    "%n photo(s) ticked": "已勾选 %n 张照片",
    "%n buyer(s), chosen by hand.": "%n 位买家，手动选择。",
    "%n buyer(s), from the deals of the ticked photos.": "%n 位买家，来自所勾照片的交易。",
    "Add screenshots": "添加截图",
    "Images (*.png *.jpg *.jpeg *.webp *.heic);;All files (*)": "图片 (*.png *.jpg *.jpeg *.webp *.heic);;所有文件 (*)",
    "No screenshot chosen": "未选择截图",
    "Not an image: no preview": "不是图片，无法预览",
    # takedown notice choices and the ID document (issue 11)
    "Decided from your deals and letters; a choice your records contradict is refused, so the notice never states something untrue.": "根据你的交易和函件自动判断；与记录相矛盾的选择会被拒绝，通知书不会陈述不真实的事实。",
    "The notice &says:": "通知书陈述(&S)：",
    "What my records say (automatic)": "按我的记录（自动）",
    "I never licensed these photos to anyone": "我从未把这些照片许可给任何人",
    "I licensed them, and revoked the licence": "曾经许可，已解除许可",
    "I licensed them, and the licence expired": "曾经许可，许可期限已届满",
    "The use goes beyond the licence I gave": "该使用超出了我给予的许可范围",
    "No photos chosen: the notice only says you did not license this use": "未选择照片：通知书只说明你未许可该使用",
    "The notice says: %1": "通知书陈述：%1",
    "Choose i&mages…": "选择图片(&M)…",
    "Remo&ve": "移除(&V)",
    "A photo or scan of your ID (front and back). Takedown notices carry it as proof of identity; letters to buyers never do. Stored encrypted in the vault.": "身份证件的照片或扫描件（正反面）。侵权通知书将其作为身份证明附上；致买家的信函从不附上。加密保存在保险箱中。",
    "%1 image(s) stored": "已保存%1张图片",
    "%1 image(s) chosen, stored when you save": "已选择%1张图片，保存时存入",
    "None: takedown notices will give only your name and ID number": "无：侵权通知书将只写明你的姓名和证件号码",
    "Images of your ID document": "身份证件图片",
    "Images (*.jpg *.jpeg *.png *.heic *.heif *.webp)": "图片 (*.jpg *.jpeg *.png *.heic *.heif *.webp)",
    "ID &document:": "身份证件图片(&D)：",
    # renewing the vault key (rekey), password change follow-up, an edited header
    "Renew the vault key…": "更换保险箱密钥…",
    "Renew the vault key": "更换保险箱密钥",
    "If your old password or recovery key may have leaked: a new vault key": (
        "旧密码或恢复密钥可能已经泄露时使用：换一把新的保险箱密钥"
    ),
    "The password was changed": "密码已修改",
    "The new password is in force. The recovery key stays valid. An old copy of the vault (a backup) still opens with the old password.": (
        "新密码已生效，恢复密钥仍然有效。保险箱的旧副本（备份）仍能用旧密码打开。"
    ),
    "This computer no longer remembers the vault: tick “Remember on this computer” at the next open to remember it again.": (
        "这台电脑已不再记住这个保险箱：下次打开时勾选“在这台电脑上记住”即可重新记住。"
    ),
    "If your old password or recovery key may have leaked, also renew the vault key: everything is encrypted again under a new key.": (
        "如果旧密码或恢复密钥可能已经泄露，请同时更换保险箱密钥：所有内容都会用新密钥重新加密。"
    ),
    "The vault key was renewed; this computer no longer remembers the vault.": (
        "保险箱密钥已更换；这台电脑不再记住这个保险箱。"
    ),
    "The vault key was renewed.": "保险箱密钥已更换。",
    "If your old password or recovery key may have leaked, renew the vault key: every item and record is encrypted again under a new key, and you get a new recovery key (shown once). The password stays the same. The old recovery key and old copies of the vault's header no longer open it, and the older saved states are dropped. Copies or backups of the vault made before stay readable with the old password: delete them.": (
        "如果旧密码或恢复密钥可能已经泄露，请更换保险箱密钥：每一项内容和记录都会用新密钥重新加密，"
        "并生成新的恢复密钥（只显示一次）。密码不变。旧的恢复密钥和保险箱头文件的旧副本将无法再打开它，"
        "较早的保存状态会被丢弃。之前做的保险箱副本或备份仍能用旧密码读取：请删除它们。"
    ),
    "Progress of the renewal": "更换进度",
    "Renew the key": "更换密钥",
    "Encrypting every item again…": "正在重新加密每一项内容…",
    "Cancelling…": "正在取消…",
    "Cancelled; the vault is as it was.": "已取消；保险箱保持原样。",
    "The vault header was changed outside the app; open the vault with the recovery key (it rewrites the header), then set a new password.": (
        "保险箱头文件在本应用之外被改动过；请用恢复密钥打开保险箱（会重写头文件），然后设置新密码。"
    ),
    # issue 10 part 1: leftover files, links in the vault folder
    "Remove leftover files…": "清除残留文件…",
    "Encrypted files no saved state refers to: list them and remove them": "没有任何已保存状态引用的加密文件：列出并清除",
    "Removed %n leftover file(s).": "已清除 %n 个残留文件。",
    "Note: %n encrypted file(s) belong to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.": "注意：有 %n 个加密文件不属于任何保留的已保存状态（可能缺少一次较新的保存；没有删除任何文件）。“保险箱”菜单中的“清除残留文件…”会列出它们。",
    "Remove leftover files": "清除残留文件",
    # Check the vault…: repairing damaged matching data (VaultService.repair_derived)
    "&Repair": "修复(&R)",
    "%n of them are damaged matching data (what finds your photos in a screenshot). It is "
    "computed from the photos themselves: “Repair” drops the damaged data and the photos are "
    "indexed again in the background. Your photos and records are not touched.": (
        "其中 %n 项是损坏的比对数据（用来在截图中找到你的照片）。它由照片本身计算得出："
        "“修复”会丢弃损坏的数据，并在后台为这些照片重新建立索引。你的照片和记录不会被改动。"
    ),
    "%n photo(s) are indexed again in the background.": "正在后台为 %n 张照片重新建立索引。",
    "Nothing needed repairing any more.": "已没有需要修复的内容。",
    "Repaired: the damaged matching data was dropped. Nothing else is damaged.": (
        "已修复：损坏的比对数据已丢弃。没有其他损坏。"
    ),
    "Give --backfill or --repair, not both.": "请只指定 --backfill 或 --repair 其中之一。",
    "Looking for leftover files…": "正在查找残留文件…",
    "Leftover files": "残留文件",
    "There are no leftover files: every encrypted file belongs to a kept saved state of the vault.": "没有残留文件：每个加密文件都属于保险箱保留的某个已保存状态。",
    "%n encrypted file(s), %1 in all, belong to no kept saved state of the vault.": "有 %n 个加密文件（共 %1）不属于保险箱保留的任何已保存状态。",
    "They are left by an interrupted save, or they belong to a newer save whose index file is missing (for example a backup restored without it). Opening the vault never deletes them. Remove them only if no newer save is missing: this cannot be undone.": "它们可能是被中断的保存留下的，也可能属于一次较新的保存，而那次保存的索引文件缺失了（例如恢复备份时没有带上它）。打开保险箱从不删除它们。请先确认没有缺少较新的保存再清除：此操作无法撤销。",
    "The vault folder contains a link to another place; nothing was read, written or deleted through it.": "保险箱文件夹中有指向别处的链接；没有通过它读取、写入或删除任何内容。",
    # vault notices at open (app.errors.Notice, prompts.notice_sentence)
    "%1 encrypted item(s) are not in the newest saved state: a newer save may be missing; nothing was deleted. “Remove leftover files…” (Vault menu) lists them.": "有%1个加密项目不在最新的已保存状态中：可能缺少一次较新的保存；没有删除任何内容。“保险箱”菜单中的“清除残留文件…”会列出它们。",
    "This vault's saved state (generation %1) is older than the last state opened here on %2 (generation %3). If you restored a backup into this folder, that is expected.": "此保险箱的已保存状态（第%1代）比本机在此文件夹上次打开的状态（%2，第%3代）更旧。如果你刚把备份恢复到这个文件夹，这是正常的。",
    "This vault's header (generation %1) is older than the one opened here on %2 (generation %3): an old copy of vault.json was put back, so an old password may have opened it. If you restored a backup into this folder, that is expected; otherwise change the password and renew the vault key.": "此保险箱的头文件（第%1代）比本机在此上次打开的头文件（%2，第%3代）更旧：有人放回了旧的 vault.json 副本，因此旧密码可能已能打开它。如果你刚恢复了备份，这是正常的；否则请修改密码并更换保险箱密钥。",
    "The header copy %1 is damaged; the vault opened from the other copy and rewrote it.": "头文件副本 %1 已损坏；保险箱已用另一份副本打开并重写了它。",
    "The header copy %1 could not be read; the vault opened from the other copy and rewrote it.": "无法读取头文件副本 %1；保险箱已用另一份副本打开并重写了它。",
    "A copy of the vault header (generation %1) was changed outside the app (its authentication code does not match); it was rewritten from the good copy.": "保险箱头文件的一份副本（第%1代）在本应用之外被改动过（认证码不符）；已用完好的副本重写。",
    "An older copy of the vault header (generation %1) was rewritten from the newest (generation %2).": "较旧的头文件副本（第%1代）已用最新的副本（第%2代）重写。",
    "A damaged copy of the vault header could not be rewritten (the disk may be full or not writable); the vault opened from the good copy.": "无法重写损坏的头文件副本（磁盘可能已满或不可写）；保险箱已用完好的副本打开。",
    "The main copy of the vault header could not be rewritten; the next open repairs it.": "无法重写头文件的主副本；下次打开时会修复。",
    "The vault header was changed outside the app. The recovery key proved the vault key, so the vault was opened and the header rewritten with the recovery key only: set a new password now (Vault menu).": "保险箱头文件在本应用之外被改动过。恢复密钥证明了保险箱密钥，因此保险箱已打开，头文件已改写为只保留恢复密钥：请现在设置新密码（“保险箱”菜单）。",
    "The saved state %1 is damaged.": "已保存状态 %1 已损坏。",
    "The saved state %1 could not be read.": "无法读取已保存状态 %1。",
    "Opened the previous saved state (%1) because the newest is damaged; changes of the last save(s) may be missing.": "由于最新的已保存状态已损坏，已打开上一个已保存状态（%1）；最近一次或几次保存的更改可能缺失。",
    "The saved state that %1 replaced (%2) is missing from the vault folder: files may have been deleted, or a copy or sync of it is incomplete; nothing was deleted.": "%1 所取代的已保存状态（%2）不在保险箱文件夹中：文件可能被删除，或者复制、同步不完整；没有删除任何内容。",
    "The vault's records were upgraded from version %1 to %2; they are saved in the new form at the next change.": "保险箱记录已从第%1版升级到第%2版；下次更改时会以新格式保存。",
    "Removed %1 unfinished temporary file(s) left by an interrupted save.": "已删除%1个被中断的保存留下的未完成临时文件。",
    "Finished an interrupted renewal of the vault key: the new key is in force and the password is unchanged. If the new recovery key was not shown to you, make a new one now (Vault menu).": "已完成一次被中断的保险箱密钥更换：新密钥已生效，密码不变。如果你没有看到新的恢复密钥，请现在生成一个（“保险箱”菜单）。",
    "An interrupted renewal of the vault key left files this vault's key cannot read; the vault is as it was before. Renew the vault key again: that removes them.": "一次被中断的保险箱密钥更换留下了本保险箱密钥无法读取的文件；保险箱保持原样。请再次更换保险箱密钥，这会清除它们。",
    "The secret store refused to keep the key.": "系统密钥库拒绝保存该密钥。",
    # error sentences (context errors, marked QT_TRANSLATE_NOOP at their raise sites) of app/vault,
    # app/media, app/cli and app/ui, and the headlines of the error classes added with them
    "That is a file, not a folder; a vault is a folder.": "这是一个文件，不是文件夹；保险箱是一个文件夹。",
    "There is a file of that name; choose a new or empty folder.": "已有同名文件，请选择一个新的或空的文件夹。",
    "The folder to write into does not exist; choose another folder. Nothing was changed.": "要写入的文件夹不存在，请选择其他文件夹。没有任何改动。",
    "This cannot be done now; the reason is below.": "现在无法执行此操作，原因见下方。",
    "That is a folder; choose a file name.": "这是一个文件夹，请选择一个文件名。",
    "This evidence bundle was refused unread: it could harm the computer if opened.": "这个证据包未被读取就已拒绝：打开它可能危害这台电脑。",
    "The buyer {name} still has deals ({deals}); delete or move the deals first.": "买家 {name} 仍有交易（{deals}）；请先删除或转移这些交易。",
    "No answer was given (input ended); nothing was changed.": "没有给出回答（输入已结束）；没有任何改动。",
    "Standard input ended before the answer was given.": "标准输入在给出回答之前就结束了。",
    "No password was given (input ended); nothing was changed.": "没有输入密码（输入已结束）；没有任何改动。",
    "Standard input ended before the password was given.": "标准输入在给出密码之前就结束了。",
    "No current password was given (input ended); nothing was changed.": "没有输入当前密码（输入已结束）；没有任何改动。",
    "Standard input ended before the current password was given.": "标准输入在给出当前密码之前就结束了。",
    "No new password was given (input ended); nothing was changed.": "没有输入新密码（输入已结束）；没有任何改动。",
    "Standard input ended before the new password was given.": "标准输入在给出新密码之前就结束了。",
    "The new password was not repeated (input ended); nothing was changed.": "没有再次输入新密码（输入已结束）；没有任何改动。",
    "Standard input ended before the new password was repeated.": "标准输入在再次给出新密码之前就结束了。",
    "No recovery key was given (input ended); nothing was changed.": "没有输入恢复密钥（输入已结束）；没有任何改动。",
    "Standard input ended before the recovery key was given.": "标准输入在给出恢复密钥之前就结束了。",
    "An empty password is refused.": "不接受空密码。",
    "The two passwords differ; nothing was changed.": "两次输入的密码不一致；没有任何改动。",
    "Nothing was deleted: standard input is not a terminal, so deleting must be confirmed with --yes.": "没有删除任何内容：标准输入不是终端，删除必须用 --yes 确认。",
    "{path} already exists; it was left as it is (pass --force to replace it).": "{path} 已存在，未作改动（如要替换，请加 --force）。",
    "The letter {id} is an unsent draft: record that it was sent first (mark-sent), then what came of it.": "函件 {id} 是尚未发出的草稿：请先记录它已发出（mark-sent），再记录结果。",
    "Give at least one detail to change (see set-details --help).": "请至少给出一项要修改的信息（见 set-details --help）。",
    "Give the image file(s) of your ID document, or --remove.": "请给出身份证件的图片文件，或使用 --remove。",
    "Nothing was removed: standard input is not a terminal, so the removal must be confirmed with --yes.": "没有清除任何文件：标准输入不是终端，清除必须用 --yes 确认。",
    "{path} is not a Likeness Vault (it has no {header}).": "{path} 不是肖像保险箱（其中没有 {header}）。",
    "{path} is not a folder; a vault is a folder.": "{path} 不是文件夹；保险箱是一个文件夹。",
    "{path} already exists and is not empty; choose a new folder.": "{path} 已存在且不为空，请选择一个新文件夹。",
    "{path} is a file, not a folder; choose a new or empty folder.": "{path} 是一个文件，不是文件夹；请选择一个新的或空的文件夹。",
    "This vault is open in another Likeness Vault window or command; close it there first.": "这个保险箱已在另一个肖像保险箱窗口或命令中打开，请先在那里关闭。",
    "{path} is a folder; give the name of a file to write.": "{path} 是一个文件夹；请给出要写入的文件名。",
    "The password is wrong; the vault was not opened.": "密码不正确，保险箱没有打开。",
    "The recovery key is wrong; the vault was not opened.": "恢复密钥不正确，保险箱没有打开。",
    "The remembered key is wrong; the vault was not opened.": "这台电脑记住的密钥不正确，保险箱没有打开。",
    "The vault header was changed outside the app (its authentication code does not match); the vault was not opened with the password. The recovery key can still open it, and then rewrites the header.": "保险箱头文件在本应用之外被改动过（认证码不符）；没有用密码打开保险箱。恢复密钥仍能打开它，并会重写头文件。",
    "{name}: the image claims {width}x{height} pixels, more than any photo; it was refused as a possible decompression bomb.": "{name}：这张图片声称有 {width}x{height} 像素，超过任何照片；它可能是“解压炸弹”，已拒绝。",
    "{name}: the image is too large to decode safely; it was refused as a possible decompression bomb.": "{name}：这张图片太大，无法安全解码；它可能是“解压炸弹”，已拒绝。",
    "{name}: the image is truncated (the file ends too early).": "{name}：图片不完整（文件提前结束了）。",
    "{name}: the image cannot be decoded (it is damaged, or a kind of image this app does not read).": "{name}：无法解码这张图片（文件已损坏，或是本应用不支持的图片类型）。",
    "{name}: the file is empty (0 bytes).": "{name}：文件是空的（0 字节）。",
    "{path} already exists; it was left as it is (choose a name).": "{path} 已存在，未作改动（请换一个文件名）。",
    "The vault header was refused before deriving any key: the key derivation parameter {name}={value} is outside the safe range {low}..{high}.": "保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生参数 {name}={value} 超出了安全范围 {low}..{high}。",
    "The vault header was refused before deriving any key: the key derivation memory is too small for its lanes.": "保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生的内存对其并行通道数来说太小。",
    "The vault header was refused before deriving any key: the key derivation asks for {memory} MiB, {passes} passes, {lanes} lane(s), more than 4 times the work of the default ({default_memory} MiB, {default_passes} passes, {default_lanes} lanes).": "保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生要求 {memory} MiB 内存、{passes} 轮、{lanes} 个并行通道，工作量超过默认设置（{default_memory} MiB、{default_passes} 轮、{default_lanes} 个并行通道）的 4 倍。",
    "The vault header field '{field}' is missing or of the wrong type.": "保险箱头文件的字段“{field}”缺失或类型不对。",
    "A keyslot in the vault header is not an object.": "保险箱头文件中的一个密钥槽不是对象。",
    "The vault header names an unknown password key derivation.": "保险箱头文件指定了未知的密码密钥派生方法。",
    "The vault header names an unknown recovery key derivation.": "保险箱头文件指定了未知的恢复密钥派生方法。",
    "The vault header has a keyslot of unknown type '{type}'.": "保险箱头文件中有一个未知类型“{type}”的密钥槽。",
    "The vault header is larger than any real header; it was refused.": "保险箱头文件比任何真实的头文件都大，已拒绝。",
    "The vault header is not readable JSON.": "保险箱头文件不是可读的 JSON。",
    "The vault header is not a JSON object.": "保险箱头文件不是 JSON 对象。",
    "The vault header is damaged (its checksum does not match).": "保险箱头文件已损坏（校验和不符）。",
    "This file is not a Likeness Vault header.": "这个文件不是肖像保险箱的头文件。",
    "The vault header has no format version.": "保险箱头文件没有格式版本。",
    "This vault uses format version {version}, newer than this app understands ({known}); update Likeness Vault to open it.": "这个保险箱使用第 {version} 版格式，比本应用能识别的（第 {known} 版）更新；请升级肖像保险箱后再打开。",
    "The vault header names an impossible format version {version}.": "保险箱头文件写着一个不可能的格式版本 {version}。",
    "The vault header's vault_id is not a UUID.": "保险箱头文件中的 vault_id 不是 UUID。",
    "The vault header has an impossible number of keyslots.": "保险箱头文件中的密钥槽数量不可能成立。",
    "The vault header's mac is not hexadecimal.": "保险箱头文件中的 mac 不是十六进制。",
    "The vault index {name} is truncated.": "保险箱索引 {name} 不完整。",
    "The vault index {name} does not start like an index.": "保险箱索引 {name} 的开头不像索引文件。",
    "The vault index {name} is damaged (it claims format version {version}).": "保险箱索引 {name} 已损坏（它声称是第 {version} 版格式）。",
    "The vault index {name} is damaged (it fails its authentication check).": "保险箱索引 {name} 已损坏（未通过认证校验）。",
    "The vault index {name} is impossibly large.": "保险箱索引 {name} 大得不可能。",
    "The vault index {name} does not hold records.": "保险箱索引 {name} 中没有记录。",
    "{name} is truncated.": "{name} 不完整。",
    "{name} is truncated (its file is shorter than a header).": "{name} 不完整（它的文件比文件头还短）。",
    "{name} is damaged (its file does not start like a vault object).": "{name} 已损坏（它的文件开头不像保险箱中的加密项目）。",
    "{name} is damaged (its file belongs to another item).": "{name} 已损坏（它的文件属于另一个项目）。",
    "{name} is damaged (impossible chunk size).": "{name} 已损坏（分块大小不可能成立）。",
    "{name} is damaged (part {part} of {count} fails its authentication check).": "{name} 已损坏（第 {part} 块，共 {count} 块，未通过认证校验）。",
    "The vault header field {field} is not valid base64 text.": "保险箱头文件的字段 {field} 不是有效的 base64 文本。",
    "The vault header field {field} has the wrong length.": "保险箱头文件的字段 {field} 长度不对。",
    "The secret store could not be read ({reason}).": "无法读取系统密钥库（{reason}）。",
    "The keyring package is not installed.": "没有安装 keyring 软件包。",
    "No operating-system secret store is available here (found only {names}); 'remember on this computer' is off, because the other stores keep secrets in plain files or not at all.": "这里没有可用的操作系统密钥库（只找到 {names}）；“在这台电脑上记住”已关闭，因为其他存储方式会把密钥存成普通文件，或根本不保存。",
    "The secret store refused to keep the key ({reason}).": "系统密钥库拒绝保存该密钥（{reason}）。",
    "The vault index names no valid schema version.": "保险箱索引中没有有效的记录格式版本。",
    "This vault was saved by a newer Likeness Vault (records version {version}, this app reads up to {known}); update the app to open it.": "这个保险箱由更新版本的肖像保险箱保存（记录格式第 {version} 版，本应用最多能读第 {known} 版）；请升级本应用后再打开。",
    "The name {name} is too long for this disk; nothing was changed.": "名称 {name} 对这个磁盘来说太长；没有任何改动。",
    "Writing {name} failed (system error {code}); nothing was changed.": "写入 {name} 失败（系统错误 {code}）；没有任何改动。",
    "{name} in the vault folder is not a regular file; the vault was not opened.": "保险箱文件夹中的 {name} 不是普通文件；保险箱没有打开。",
    "{name} in the vault folder is a link to another place; nothing was read, written or deleted through it (replace the link by the real file or folder).": "保险箱文件夹中的 {name} 是指向别处的链接；没有通过它读取、写入或删除任何内容（请用真正的文件或文件夹替换这个链接）。",
    "The disk is full; nothing was changed ({name} could not be written).": "磁盘已满；没有任何改动（无法写入 {name}）。",
    "The file system refused a file this large ({name}); nothing was changed.": "文件系统拒绝了这么大的文件（{name}）；没有任何改动。",
    "There is no permission to write {path}; nothing was changed.": "没有写入 {path} 的权限；没有任何改动。",
    "The disk reported an input/output error while writing {name}; nothing was changed.": "写入 {name} 时磁盘报告了输入/输出错误；没有任何改动。",
    "The folder {folder} does not exist; nothing was changed.": "文件夹 {folder} 不存在；没有任何改动。",
    "Leftover files cannot be removed while a saved state of the vault cannot be read ({names}): they may belong to it; nothing was removed.": "保险箱有已保存状态无法读取（{names}），这时不能清除残留文件：它们可能属于那个状态；没有清除任何文件。",
    "A vault needs a password; an empty one is refused.": "保险箱需要密码，不接受空密码。",
    "Both copies of the vault header ({header} and {backup}) are damaged or unreadable; the vault cannot be unlocked.": "保险箱头文件的两份副本（{header} 和 {backup}）都已损坏或无法读取；保险箱无法解锁。",
    "The new password is empty; it was refused.": "新密码是空的，已拒绝。",
    "The vault was opened with the recovery key; open it with the password to remember it on this computer.": "保险箱是用恢复密钥打开的；要让这台电脑记住它，请用密码打开。",
    "The vault did not open its newest saved state; a rekey would drop it. Run check first; nothing was changed.": "保险箱没有打开最新的已保存状态，更换保险箱密钥会丢掉它。请先运行检查；没有任何改动。",
    "{count} encrypted item(s) are not in the newest saved state; a rekey would make them unreadable for good. Restore the missing save, or remove them with clean first; nothing was changed.": "有 {count} 个加密项目不在最新的已保存状态中，更换保险箱密钥会让它们永远无法读取。请先恢复缺少的那次保存，或先用清除残留文件把它们删掉；没有任何改动。",
    "{name} decrypts, but its SHA-256 differs from the record; the vault key was not changed (run check).": "{name} 能解密，但它的 SHA-256 与记录不符；保险箱密钥没有更换（请运行检查）。",
    "The vault index {name} was renamed or swapped.": "保险箱索引 {name} 被改名或调换过。",
    "The vault has no index (its records file is missing); it cannot be opened.": "保险箱没有索引（记录文件缺失），无法打开。",
    "Every saved generation of the vault index is damaged: {names}.": "保险箱索引的每一个已保存版本都已损坏：{names}。",
    "This vault was opened read-only (to verify a copy of it); nothing in it can be changed.": "这个保险箱以只读方式打开（用于校验它的副本）；其中的内容都不能修改。",
    "Likeness Vault is installed incompletely: {resource} is missing (looked in {folder}). Reinstall the app.": "肖像保险箱安装不完整：缺少 {resource}（查找位置：{folder}）。请重新安装本应用。",
    "{text} is not a date: type it as year-month-day, like 2024-03-01.": "“{text}”不是日期：请按“年-月-日”输入，例如 2024-03-01。",
    "A date is needed here: type it like 2024-03-01.": "这里需要填写日期，例如 2024-03-01。",
    "{day} is too early: the earliest day is {minimum}.": "{day} 太早了：最早只能是 {minimum}。",
    "{day} is too late: the latest day is {maximum}.": "{day} 太晚了：最晚只能是 {maximum}。",
    "{name} is missing from the vault (its file is gone).": "保险箱中缺少 {name}（它的文件已不存在）。",
    # labels of stored items (app/domain/models.py object_refs; vault check, damaged items)
    "photo {name} ({id})": "照片 {name}（{id}）",
    "clip {name} ({id})": "视频 {name}（{id}）",
    "voice {name} ({id})": "语音 {name}（{id}）",
    "thumbnail of photo {name} ({id})": "照片 {name}（{id}）的缩略图",
    "thumbnail of clip {name} ({id})": "视频 {name}（{id}）的缩略图",
    "thumbnail of voice {name} ({id})": "语音 {name}（{id}）的缩略图",
    "attachment {name} ({id})": "附件 {name}（{id}）",
    "PDF of the letter ({id})": "函件（{id}）的 PDF",
    "vault header": "保险箱头文件",
    # error sentences of app/services (context errors; M2): validation, records, import,
    # letters, takedown notices, evidence bundles, back-fill, passwords
    "The attachment kind must be one of {options}, not {value}.": "附件类型必须是 {options} 之一，不能是 {value}。",
    "The attachment {name} is still used by {count} deal(s), sighting(s) or letter(s) ({ids}); remove it from there first.": "附件 {name} 仍被 {count} 条交易、发现记录或函件使用（{ids}）；请先从那里移除它。",
    "{path} already exists; it was left as it is.": "{path} 已存在，未作改动。",
    "{name}: attachments are limited to 2 GB.": "{name}：附件最大为 2 GB。",
    "The attachment {name} is still used by your details (ID document); remove it from there first.": "附件 {name} 仍作为身份证件用于“我的信息”；请先从那里移除它。",
    "{name} does not match its recorded SHA-256; not exported.": "{name} 与记录的 SHA-256 不符，没有导出。",
    "There is no photo or clip with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的照片或视频。",
    "The id {id} matches more than one photo or clip ({ids}); give more of it.": "编号 {id} 对应不止一张照片或一段视频（{ids}），请多输入几位。",
    "There is no buyer with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的买家。",
    "The id {id} matches more than one buyer ({ids}); give more of it.": "编号 {id} 对应不止一位买家（{ids}），请多输入几位。",
    "There is no deal with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的交易。",
    "The id {id} matches more than one deal ({ids}); give more of it.": "编号 {id} 对应不止一条交易（{ids}），请多输入几位。",
    "There is no attachment with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的附件。",
    "The id {id} matches more than one attachment ({ids}); give more of it.": "编号 {id} 对应不止一个附件（{ids}），请多输入几位。",
    "There is no sighting with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的发现记录。",
    "The id {id} matches more than one sighting ({ids}); give more of it.": "编号 {id} 对应不止一条发现记录（{ids}），请多输入几位。",
    "There is no letter with id {id} in this vault.": "这个保险箱中没有编号为 {id} 的函件。",
    "The id {id} matches more than one letter ({ids}); give more of it.": "编号 {id} 对应不止一封函件（{ids}），请多输入几位。",
    "A deal names an attachment ({id}) that is no longer recorded.": "有一条交易引用的附件（{id}）已不在记录中。",
    "A sighting names an attachment ({id}) that is no longer recorded.": "有一条发现记录引用的附件（{id}）已不在记录中。",
    "A letter names an attachment ({id}) that is no longer recorded.": "有一封函件引用的附件（{id}）已不在记录中。",
    "An evidence bundle is for one buyer or one sighting.": "一个证据包只针对一位买家或一条发现记录。",
    "A deal or sighting names a photo ({id}) that is no longer recorded.": "有交易或发现记录引用的照片（{id}）已不在记录中。",
    "The sighting names a buyer ({id}) that is no longer recorded.": "这条发现记录引用的买家（{id}）已不在记录中。",
    "The report language must be one of zh-CN or en, not {value}.": "报告语言必须是 zh-CN 或 en，不能是 {value}。",
    "{name} changed while the bundle was written; the export was abandoned.": "写入证据包时 {name} 发生了变化，已放弃这次导出。",
    "{name} decrypts, but its SHA-256 differs from the one recorded at import.": "{name} 可以解密，但它的 SHA-256 与导入时记录的不同。",
    "{name} cannot be read (system error {code}).": "无法读取 {name}（系统错误 {code}）。",
    "SHA256SUMS does not end with a line break.": "SHA256SUMS 的末尾没有换行符。",
    "SHA256SUMS line {number} is not '<sha256>  <path>'.": "SHA256SUMS 第 {number} 行的格式不是“<sha256>  <路径>”。",
    "SHA256SUMS line {number} names an unsafe path ({path}).": "SHA256SUMS 第 {number} 行写的是一个不安全的路径（{path}）。",
    "SHA256SUMS is not UTF-8 text.": "SHA256SUMS 不是 UTF-8 文本。",
    "SHA256SUMS lists {path} twice.": "SHA256SUMS 把 {path} 列了两次。",
    "The expected key must be the signing key fingerprint (64 hex digits, as printed on the report's cover) or the path of a .pem public key file.": "预期的密钥必须是签名密钥指纹（64 位十六进制数字，印在报告封面上），或一个 .pem 公钥文件的路径。",
    "The bundle has {count} entries, more than {limit}; it was not read.": "这个证据包有 {count} 个条目，超过上限 {limit}，没有读取。",
    "The bundle has entry names that could write outside the folder it is unpacked into (absolute paths, '..', backslashes, links, duplicates or control characters), so it was not read: {names}.": "这个证据包中有些条目名称可能写到解压文件夹之外（绝对路径、“..”、反斜杠、链接、重名或控制字符），因此没有读取：{names}。",
    "The bundle declares {size} bytes of content, more than any evidence bundle should hold (a decompression bomb?); it was not read.": "这个证据包声称内容有 {size} 字节，超过任何证据包应有的大小（可能是“解压炸弹”），没有读取。",
    "The bundle's entries would inflate to {size}, more than {times} times the {archive} of the ZIP file (a decompression bomb); the bundle was not read.": "这个证据包的条目解压后会有 {size}，超过 ZIP 文件本身大小（{archive}）的 {times} 倍（“解压炸弹”），没有读取。",
    "{path} is not an Ed25519 public key in PEM form.": "{path} 不是 PEM 格式的 Ed25519 公钥。",
    "The entry {name} would expand {ratio} times its stored size (a decompression bomb); the bundle was not read.": "条目 {name} 解压后会是存储大小的 {ratio} 倍（“解压炸弹”），没有读取这个证据包。",
    "There is no file {path}.": "没有文件 {path}。",
    "{name} has an entry name marked as UTF-8 that is not valid UTF-8, so the names cannot be checked; the bundle was not read.": "{name} 中有一个标为 UTF-8 的条目名称并不是有效的 UTF-8，无法检查名称，没有读取这个证据包。",
    "{name} is not a readable ZIP file.": "{name} 不是可读取的 ZIP 文件。",
    "The key file {path} cannot be read (system error {code}).": "无法读取密钥文件 {path}（系统错误 {code}）。",
    "The bundle is signed by the key {key}, not by the expected key {expected}: whoever signed it is not the holder of the expected key.": "这个证据包是用密钥 {key} 签名的，不是预期的密钥 {expected}：签名的人不是预期密钥的持有人。",
    "{name} is not an Ed25519 public key.": "{name} 不是 Ed25519 公钥。",
    "{name} is not a readable public key (altered?).": "{name} 不是可读取的公钥（被改动过？）。",
    "{name} is {size} bytes, not a 64-byte Ed25519 signature.": "{name} 有 {size} 字节，不是 64 字节的 Ed25519 签名。",
    "The signature {signature} does not match {sums} under {key}: {sums}, {signature} or the key was altered, or the key is not the one that signed.": "签名 {signature} 用 {key} 验证时与 {sums} 不符：{sums}、{signature} 或密钥被改动过，或者这个密钥不是签名所用的密钥。",
    "{name} is missing from the bundle.": "证据包中缺少 {name}。",
    "{name} is larger than such a file can be.": "{name} 比这类文件应有的大小还大。",
    "{name} is listed in SHA256SUMS but missing.": "{name} 列在 SHA256SUMS 中，但证据包里没有。",
    "{name} is in the bundle but not in SHA256SUMS.": "{name} 在证据包里，但没有列在 SHA256SUMS 中。",
    "{name} was altered: its SHA-256 differs from SHA256SUMS.": "{name} 被改动过：它的 SHA-256 与 SHA256SUMS 中的不同。",
    "{name} is damaged inside the ZIP.": "{name} 在 ZIP 文件中已损坏。",
    "{name} cannot be read from the ZIP.": "无法从 ZIP 文件中读取 {name}。",
    "{name}: too large to process.": "{name}：文件太大，无法处理。",
    "{name}: cannot be read (there is no permission to read it).": "{name}：无法读取（没有读取权限）。",
    "{name}: cannot be read (the file is gone).": "{name}：无法读取（文件已不存在）。",
    "{name}: cannot be read (system error {code}).": "{name}：无法读取（系统错误 {code}）。",
    "{name}: not a photo, clip or voice sample this app can store (JPEG, PNG, WebP, HEIC, MP4, MOV, M4A, MP3, WAV, OGG).": "{name}：不是本应用能保存的照片、视频或声音样本（JPEG、PNG、WebP、HEIC、MP4、MOV、M4A、MP3、WAV、OGG）。",
    "{name}: the image file is larger than 256 MB; refused.": "{name}：图片文件超过 256 MB，已拒绝。",
    "{name}: the link points nowhere.": "{name}：这个链接指向的文件不存在。",
    "{name}: no such file or folder.": "{name}：没有这个文件或文件夹。",
    "This deal has a stated term that is still running, so ending it (Civil Code Article 1022(2)) needs a justified reason: please give it (--reason in the CLI), for example that the photos were used to train an AI model, which the deal did not allow.": "这笔交易约定了期限且尚未届满，因此解除许可（《民法典》第一千零二十二条第二款）需要有正当理由：请填写理由（命令行中用 --reason），例如照片被用来训练 AI 模型，而交易并未允许这样做。",
    "A reminder follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.": "催告函是对已发给这位买家的函件的跟进，但目前还没有这样的函件：请先写一份解除许可通知或删除请求，并标记为已发出。",
    "The date it was sent must be a date written YYYY-MM-DD, not {value}.": "发出日期必须按 YYYY-MM-DD 填写，不能是 {value}。",
    "The reason is longer than {limit} characters.": "理由超过了 {limit} 个字符。",
    "The deadline must be between 1 and 365 days away.": "期限必须在 1 到 365 天之间。",
    "An escalation follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.": "升级投诉是对已发给这位买家的函件的跟进，但目前还没有这样的函件：请先写一份解除许可通知或删除请求，并标记为已发出。",
    "The letter kind must be one of {options}.": "函件类型必须是 {options} 之一。",
    "The letter language must be zh-CN or en.": "函件语言必须是 zh-CN 或 en。",
    "The output file must end in .pdf, not {name}.": "输出文件名必须以 .pdf 结尾，不能是 {name}。",
    "The channel is longer than {limit} characters.": "发送方式超过了 {limit} 个字符。",
    "The date it was sent ({date}) is in the future: give the day you sent it.": "发出日期（{date}）在未来：请填写实际发出的那一天。",
    "The date it was sent ({date}) is before the letter was written ({written}): give the day you sent it.": "发出日期（{date}）早于函件的写成日期（{written}）：请填写实际发出的那一天。",
    "The status must be one of {options}.": "状态必须是 {options} 之一。",
    "The letter {reference} was sent, so it is not an unsent draft; a letter that was sent is kept as it is.": "函件 {reference} 已经发出，不再是未发出的草稿；已发出的函件会原样保留。",
    "Unknown ground {ground}: choose from {options} (gdpr and dmca are decided from the buyer's country and the platform).": "未知的依据 {ground}：请从 {options} 中选择（gdpr 和 dmca 由买家所在国家和平台决定）。",
    "The earlier letter's deadline ({deadline}) has not passed yet; a reminder is due only after it.": "上一封函件的期限（{deadline}）还没有到；期限过后才能发催告函。",
    "There is no deal with this buyer: record what you gave them first (add-deal).": "与这位买家还没有交易记录：请先记录你给了对方什么（add-deal）。",
    "Say how the buyer's use goes beyond the deal (the reason), so the letter can state it.": "请说明买家的使用如何超出了交易约定的范围（理由），以便函件写明。",
    "The earlier letter's deadline ({deadline}) has not passed yet; an escalation is due only after it.": "上一封函件的期限（{deadline}）还没有到；期限过后才能升级投诉。",
    "This password is too easy to guess: about 10^{guesses} guesses, and a stolen copy of the vault must withstand 10^{floor}; use four or more unrelated words, or a longer phrase of your own (Chinese is fine).": "这个密码太容易被猜中：大约 10^{guesses} 次就能猜到，而保险箱副本被盗后必须能抵挡 10^{floor} 次猜测；请使用四个或更多互不相关的词，或一句自己想的较长的话（可以用中文）。",
    "The platform must be one of {options}, not {value}.": "平台必须是 {options} 之一，不能是 {value}。",
    "The day it was seen must be a date written YYYY-MM-DD, not {value}.": "发现日期必须按 YYYY-MM-DD 填写，不能是 {value}。",
    "The sighting field {field} cannot be set.": "发现记录的字段 {field} 不能设置。",
    "Unknown sighting field: {field}.": "未知的发现记录字段：{field}。",
    "The notice variant must be one of {options}.": "通知的类型必须是 {options} 之一。",
    "A deal made on {date} covers these photos, so the notice cannot say you never consented: say instead that the licence was revoked, has expired, or does not cover this use.": "{date} 的一笔交易包含这些照片，因此通知不能说你从未同意：请改为说明许可已解除、已到期，或这次使用超出了许可范围。",
    "No deal covers these photos, so the notice cannot speak of a licence: say that you never licensed them.": "没有交易包含这些照片，因此通知不能提及许可：请改为说明你从未许可任何人使用这些照片。",
    "No revocation letter covering these photos has been sent with its deadline passed: mark the letter as sent, or give another reason.": "还没有发出过包含这些照片、且期限已过的解除许可通知：请先把该通知标记为已发出，或改选其他理由。",
    "No deal covering these photos has a term that has ended: give another reason.": "包含这些照片的交易都没有到期：请改选其他理由。",
    "A takedown notice needs at least one link (--url) to the content.": "侵权通知至少需要一个指向侵权内容的链接（--url）。",
    "At most {count} links of up to 2000 characters each.": "最多 {count} 个链接，每个不超过 2000 个字符。",
    "The {ground} ground binds the handler of your data or the AI provider, not a platform: put it in a deletion letter to the buyer instead.": "依据 {ground} 约束的是处理你个人信息的一方或 AI 服务提供者，而不是平台：请把它写进发给买家的删除请求中。",
    "Unknown ground {ground}: choose from {options} (dmca is decided from the platform's country and --own-photos).": "未知的依据 {ground}：请从 {options} 中选择（dmca 由平台所在国家和 --own-photos 决定）。",
    "The price must be zero or more.": "价格必须大于或等于零。",
    "A value that is not text was given where text is needed.": "这里需要文字，但给出的不是文字。",
    "A text of {length} characters is longer than the {limit} allowed; it begins “{start}”.": "一段 {length} 个字符的文字超过了允许的 {limit} 个字符；它的开头是“{start}”。",
    "The link must be a web address that starts with http:// or https:// and names the site, such as https://www.douyin.com/video/123, not {value}.": "链接必须是以 http:// 或 https:// 开头、带有网站名的网址，例如 https://www.douyin.com/video/123，不能是 {value}。",
    "The price must be a number such as 30 or 19.90, not {value}.": "价格必须是数字，例如 30 或 19.90，不能是 {value}。",
    "The text “{start}” contains bytes that are not valid text; type it again in UTF-8.": "文字“{start}”中有无效的字节；请用 UTF-8 重新输入。",
    "Unknown performer field(s): {fields}.": "未知的个人信息字段：{fields}。",
    "Give at most 4 images of the ID document (front and back).": "身份证件最多 4 张图片（正面和背面）。",
    "These photo fields cannot be edited: {fields}.": "这些照片字段不能修改：{fields}。",
    "A buyer needs a name (the nickname you know them by).": "买家需要一个名字（你所知道的对方昵称）。",
    "The buyer {name} still has deals ({ids}); delete or move the deals first.": "买家 {name} 还有交易（{ids}）；请先删除这些交易或把它们移到其他买家名下。",
    "A term 'until a date' needs that date.": "期限为“至某一日期”时需要填写该日期。",
    "An end date is only given with the term 'until a date'.": "只有期限为“至某一日期”时才填写截止日期。",
    "The term ends before the deal was made.": "期限的截止日期早于交易日期。",
    "A deal covers at least one photo or clip.": "一笔交易至少要包含一张照片或一段视频。",
    "This computer does not remember this vault; type the password.": "这台电脑没有记住这个保险箱，请输入密码。",
    "Unknown buyer field: {field}.": "未知的买家字段：{field}。",
    "Unknown deal field: {field}.": "未知的交易字段：{field}。",
    "{name} is not an image: the ID document must be a photo or scan (JPEG, PNG or HEIC), so that it can be printed on the notice.": "{name} 不是图片：身份证件必须是照片或扫描件（JPEG、PNG 或 HEIC），才能印在通知上。",
    "{name}: not a JPEG, PNG, WebP or HEIC photo.": "{name}：不是 JPEG、PNG、WebP 或 HEIC 格式的照片。",
    "The country must be a two-letter code such as CN, US or DE, not {value}.": "国家必须是两个字母的代码，例如 CN、US 或 DE，不能是 {value}。",
    "The buyer field {field} cannot be set.": "买家的字段 {field} 不能设置。",
    "The deal field {field} cannot be set.": "交易的字段 {field} 不能设置。",
    "The deal date must be a date written YYYY-MM-DD, not {value}.": "交易日期必须按 YYYY-MM-DD 填写，不能是 {value}。",
    "The end of the term must be a date written YYYY-MM-DD, not {value}.": "期限截止日期必须按 YYYY-MM-DD 填写，不能是 {value}。",
    "The currency must be a three-letter code such as CNY or USD, not {value}.": "币种必须是三个字母的代码，例如 CNY 或 USD，不能是 {value}。",
    "The term must be one of {options}, not {value}.": "期限必须是 {options} 之一，不能是 {value}。",
    "The AI training choice must be one of {options}, not {value}.": "“AI 训练”一项必须是 {options} 之一，不能是 {value}。",
    "The resale choice must be one of {options}, not {value}.": "“转售”一项必须是 {options} 之一，不能是 {value}。",
    "Exclusivity must be one of {options}, not {value}.": "“独家”一项必须是 {options} 之一，不能是 {value}。",
    # headline and GUI strings of M2: a record still in use, the buyer-with-deals box, the
    # evidence check's problem kinds
    "This record is still used by other records, so it was not deleted.": "这条记录仍被其他记录使用，因此没有删除。",
    "The buyer “%1” still has %n deal(s), so the buyer cannot be deleted alone.": "买家“%1”还有 %n 笔交易，因此不能单独删除这位买家。",
    "%1: %n photo(s) or clip(s)": "%1：%n 项照片或视频",
    "and %n more": "另有 %n 笔交易",
    "Show the deals to move them to another buyer or delete them, or delete the buyer together with these deals. Their photos and attachments stay in the vault.": "可以查看这些交易，把它们移到其他买家名下或删除；也可以把这位买家连同这些交易一起删除。交易中的照片和附件会保留在保险箱中。",
    "The %n letter(s) written to this buyer stay in the vault.": "写给这位买家的 %n 封函件会保留在保险箱中。",
    "Show the deals": "查看这些交易",
    "Delete the buyer and %n deal(s)": "删除买家及其 %n 笔交易",
    "missing": "缺失",
    "extra": "多余",
    "altered": "被改动",
    "signature": "签名",
    "signing key": "签名密钥",
    "malformed": "格式错误",
    "unreadable": "无法读取",
    "%1: %2": "%1：%2",
    # Qt's own file dialog: two labels qtbase_zh_CN.qm has no Chinese for (app/ui/qt_words.py)
    "&Look in:": "查找范围(&L)：",
    "Files of &type:": "文件类型(&T)：",
    "Folder": "文件夹",
    "File Folder": "文件夹",
    "Drive": "驱动器",
    "Alias": "别名",
    "Shortcut": "快捷方式",
    "Unknown": "未知",
    # home page, backup, photo viewer, badges (engineer N, issue 14 "what to do next")
    "Home": "首页",
    "Back up vault…": "备份保险箱…",
    "Copy the encrypted vault to a USB stick or another disk, and verify the copy": "把加密的保险箱复制到 U 盘或另一块磁盘，并校验副本",
    "Backed up and verified: %1": "已备份并校验：%1",
    "What to do next": "接下来要做的事",
    "No deadline is near, every buyer with a running deal has a letter, and every sighting has a takedown notice.": "没有临近的期限；交易仍有效的买家都已收到通知，每条发现记录也都已发出侵权通知。",
    "Your vault is empty. Start with the photos you handed over: import them, then add the buyers you sold them to and the deals you made. Everything stays encrypted in the vault.": "保险箱还是空的。先从你交出去的照片开始：导入照片，再添加你卖给的买家和你们的交易。所有内容都加密保存在保险箱里。",
    "1. Import the photos you sold or lent (files or a whole folder).": "1. 导入你卖出或借出的照片（单个文件或整个文件夹）。",
    "2. Add a buyer: their nickname, platform and contact.": "2. 添加买家：昵称、平台和联系方式。",
    "Add a buyer…": "添加买家…",
    "Deadlines": "期限",
    "%1 to %2": "%1 · 致 %2",
    "deadline %1, %n day(s) overdue": "期限 %1，已逾期 %n 天",
    "deadline today (%1)": "期限就是今天（%1）",
    "deadline %1, in %n day(s)": "期限 %1，还剩 %n 天",
    "Write a reminder…": "写催告…",
    "Write an escalation…": "写升级投诉…",
    "Open the letter": "查看这份通知",
    "Buyers who still use your photos": "仍在使用你照片的买家",
    "%1: %n running deal(s), no letter sent yet": "%1：%n 笔交易仍有效，尚未发出通知",
    "Open the draft": "打开草稿",
    "Take my face back…": "收回我的脸…",
    "Sightings without a takedown notice": "尚未发出侵权通知的发现记录",
    "%1, seen %2: %3": "%1，%2 发现：%3",
    "%1: %3": "%1：%3",
    "Write the takedown notice…": "写侵权通知…",
    "Backup": "备份",
    "This vault has never been backed up from this computer. If this disk fails or the computer is lost, the records and photos are gone: keep a copy on a USB stick or another disk.": "这台电脑上从未备份过这个保险箱。一旦磁盘损坏或电脑丢失，记录和照片就都没了：请在 U 盘或另一块磁盘上保留一份副本。",
    "Back up now…": "立即备份…",
    "Last backed up today (%1).": "上次备份：今天（%1）。",
    "Last backed up %1 (%n day(s) ago).": "上次备份：%1（%n 天前）。",
    "The vault has changed since.": "此后保险箱有改动。",
    "Nothing has changed since.": "此后没有改动。",
    "Back up again…": "再次备份…",
    "Back up vault": "备份保险箱",
    "A backup is a copy of the encrypted vault folder: it opens with the same password and recovery key. Keep it on a USB stick or another disk, away from this computer. To restore, open the copy like any vault.": "备份就是加密保险箱文件夹的副本：用同样的密码和恢复密钥就能打开。请把它放在 U 盘或另一块磁盘上，与这台电脑分开保管。恢复时，像打开其他保险箱一样打开这个副本即可。",
    "A USB stick or another disk": "U 盘或另一块磁盘",
    "Where the copy goes": "副本存放位置",
    "Place:": "位置：",
    "Name of the new folder": "新文件夹的名字",
    "New folder:": "新文件夹：",
    "Password": "密码",
    "Password:": "密码：",
    "Backup progress": "备份进度",
    "Back up": "备份",
    "The copy goes to: %1": "副本将保存到：%1",
    "Choose where the copy goes.": "请选择副本的存放位置。",
    "Where should the copy go?": "副本存放到哪里？",
    "Copying…": "正在复制…",
    "Verifying the copy: opening it and checking every item…": "正在校验副本：打开它并逐项检查…",
    "Backed up and verified: the copy opens with the password and its %n stored item(s) are intact.": "已备份并校验：副本可以用密码打开，其中 %n 个已存项目完好无损。",
    "Close": "关闭",
    "Cancelled; the partial copy was removed.": "已取消；未完成的副本已删除。",
    "The backup failed.": "备份失败。",
    "Photo": "照片",
    "Previous photo": "上一张",
    "Next photo": "下一张",
    "Zoom out": "缩小",
    "Zoom in": "放大",
    "100%": "100%",
    "Fit to window": "适合窗口",
    "No photo to show.": "没有可显示的照片。",
    "%1 (%2 of %3)": "%1（第 %2 张，共 %3 张）",
    "Decrypting…": "正在解密…",
    "This photo cannot be shown.": "无法显示这张照片。",
    "fit to window": "适合窗口",
    "View": "查看",
    "Show the photo full size, with zoom (double-click or Space)": "按原始尺寸查看照片，可缩放（双击或按空格键）",
    "Sold to %n buyer(s)": "已卖给 %n 位买家",
    "Seen %n time(s) online": "在网上被发现 %n 次",
    "This place is on the same disk as the vault: if that disk fails, the copy is lost with it. A USB stick or another disk is safer.": "这个位置和保险箱在同一块磁盘上：这块磁盘一旦损坏，副本也会一起丢失。放在 U 盘或另一块磁盘上更安全。",
    "{dest} is a file, not a folder; choose a new or empty folder.": "{dest} 是文件，不是文件夹；请选择一个新的或空的文件夹。",
    "{dest} is not empty; a backup goes into a new or empty folder, and nothing there was touched.": "{dest} 不是空的；备份只能放进新的或空的文件夹，那里原有的内容都没有动。",
    "The folder {parent} does not exist; choose a place that does.": "文件夹 {parent} 不存在；请选择一个存在的位置。",
    "A backup cannot go inside the vault folder (or hold it); choose another place, best a separate disk.": "备份不能放在保险箱文件夹里面（也不能包含它）；请选择别的位置，最好是另一块磁盘。",
    "The backup does not fit: the disk of {dest} is full. The partial copy was removed; the vault itself is unchanged.": "备份放不下：{dest} 所在的磁盘已满。未完成的副本已删除；保险箱本身没有改动。",
    "There is no permission to write in {dest}. Nothing of the backup was left there; the vault itself is unchanged.": "没有权限写入 {dest}。那里没有留下任何备份内容；保险箱本身没有改动。",
    "The disk of {dest} reported an input/output error during the backup. The partial copy was removed; the vault itself is unchanged.": "备份时 {dest} 所在的磁盘报告了读写错误。未完成的副本已删除；保险箱本身没有改动。",
    "The backup to {dest} failed ({reason}). The partial copy was removed; the vault itself is unchanged.": "备份到 {dest} 失败（{reason}）。未完成的副本已删除；保险箱本身没有改动。",
    "{name} disappeared from the vault folder during the backup; nothing was backed up (run check).": "备份过程中 {name} 从保险箱文件夹里消失了；没有备份任何内容（请运行检查）。",
    "The copy in {dest} did not pass its check after it was written ({what}): the disk may be failing. The copy was removed; the vault itself is unchanged.": "{dest} 中的副本写入后未通过检查（{what}）：磁盘可能出了问题。副本已删除；保险箱本身没有改动。",
    "No buyers yet: add the people you sold these photos to, and the deals.": "还没有买家：添加你把这些照片卖给的人，以及你们的交易。",
    "No photos yet: import the photos you handed over.": "还没有照片：导入你交出去的照片。",
    # one photo picker, per-file attachment kinds, per-page search with a no-match bar
    "Select all": "全选",
    "Select none": "全不选",
    "Tick every photo the filter shows": "勾选筛选后显示的所有照片",
    "Untick every photo the filter shows": "取消勾选筛选后显示的所有照片",
    "Photos selected": "已选照片",
    "%n photo(s) selected": "已选 %n 张照片",
    "(%n hidden by the filter)": "（其中 %n 张被筛选隐藏）",
    "No photos in the vault yet: import them first.": "保险箱里还没有照片：请先导入。",
    "No photos match “%1”.": "没有匹配“%1”的照片。",
    "Photos shown": "涉及的照片",
    "&Kind of the selected file:": "所选文件的类型(&K)：",
    "Attachments are encrypted into the vault. Each file's kind is guessed from its name and type: choose a file to change it. Images are previewed here, from memory; other files can only be saved as a copy, which is not encrypted.": (
        "附件会加密存入保险箱。每个文件的类型按文件名和格式自动判断：选中文件即可更改。图片在这里从内存中预览；"
        "其他文件只能另存一份副本，副本不加密。"
    ),
    "ID document": "身份证件",
    "(kind changed)": "（类型已更改）",
    "Kind of this file": "此文件的类型",
    "Clear search": "清除搜索",
    "Nothing on this page matches “%1”.": "本页没有匹配“%1”的内容。",
    "No buyer matches “%1”.": "没有匹配“%1”的买家。",
    "No deal matches “%1”.": "没有匹配“%1”的交易。",
    "No sighting matches “%1”.": "没有匹配“%1”的发现记录。",
    "No letter matches “%1”.": "没有匹配“%1”的信件。",
    "No photo matches “%1”.": "没有匹配“%1”的照片。",
    "Nothing to search on this page": "本页无需搜索",
    "{name} is an image of your ID document; its kind stays as it is.": "{name} 是你的身份证件图片，其类型不能更改。",
    # C2 (issue 14): passwords, save paths, share links, welcome, countries
    "Show the password": "显示密码",
    "Hide the password": "隐藏密码",
    "New password": "新密码",
    "Repeat the password": "再次输入密码",
    "Measuring…": "正在评估…",
    "Straight rows of keys are easy to guess.": "键盘上连成一排的按键很容易被猜到。",
    "Short keyboard patterns are easy to guess.": "简短的键盘图案很容易被猜到。",
    "Repeats like “aaa” are easy to guess.": "像“aaa”这样的重复很容易被猜到。",
    "Repeats like “abcabcabc” are only slightly harder to guess than “abc”.": (
        "像“abcabcabc”这样的重复只比“abc”难猜一点点。"
    ),
    "Sequences like “abc” or “6543” are easy to guess.": "像“abc”或“6543”这样的顺序很容易被猜到。",
    "Recent years are easy to guess.": "最近的年份很容易被猜到。",
    "Dates are often easy to guess.": "日期通常很容易被猜到。",
    "This is one of the 10 most common passwords.": "这是最常用的 10 个密码之一。",
    "This is one of the 100 most common passwords.": "这是最常用的 100 个密码之一。",
    "This is a very common password.": "这是一个非常常见的密码。",
    "This is similar to a commonly used password.": "这和一个常用密码很相似。",
    "A word by itself is easy to guess.": "单独一个词很容易被猜到。",
    "Names by themselves are easy to guess.": "单独的名字很容易被猜到。",
    "Common names and surnames are easy to guess.": "常见的名字和姓氏很容易被猜到。",
    "Choose a new password": "设置新密码",
    "You opened the vault with its recovery key. Choose a new password now, so that you do not "
    "need the recovery key next time. The recovery key stays valid.": (
        "你用恢复密钥打开了保险箱。现在就设置一个新密码，下次就不再需要恢复密钥。恢复密钥仍然有效。"
    ),
    "· remembered on this computer": "· 这台电脑已记住",
    "Opens without the password: leave the password empty.": "无需密码即可打开：密码留空即可。",
    "&Quit": "退出(&Q)",
    "evidence bundle": "证据包",
    "Not given": "未填写",
    "Decides which laws a letter to this buyer can cite": "决定写给这位买家的函件可以援引哪些法律",
    "Where the platform is based (for “other”)": "平台所在的国家或地区（用于“其他”平台）",
    "China (mainland)": "中国大陆",
    "Hong Kong SAR, China": "中国香港特别行政区",
    "Macao SAR, China": "中国澳门特别行政区",
    "Taiwan, China": "中国台湾",
    "United States": "美国",
    "United Kingdom": "英国",
    "Japan": "日本",
    "South Korea": "韩国",
    "Singapore": "新加坡",
    "Malaysia": "马来西亚",
    "Thailand": "泰国",
    "Vietnam": "越南",
    "Philippines": "菲律宾",
    "Indonesia": "印度尼西亚",
    "India": "印度",
    "Australia": "澳大利亚",
    "New Zealand": "新西兰",
    "Canada": "加拿大",
    "Switzerland": "瑞士",
    "Russia": "俄罗斯",
    "United Arab Emirates": "阿联酋",
    "Austria": "奥地利",
    "Belgium": "比利时",
    "Bulgaria": "保加利亚",
    "Croatia": "克罗地亚",
    "Cyprus": "塞浦路斯",
    "Czechia": "捷克",
    "Denmark": "丹麦",
    "Estonia": "爱沙尼亚",
    "Finland": "芬兰",
    "France": "法国",
    "Germany": "德国",
    "Greece": "希腊",
    "Hungary": "匈牙利",
    "Ireland": "爱尔兰",
    "Italy": "意大利",
    "Latvia": "拉脱维亚",
    "Lithuania": "立陶宛",
    "Luxembourg": "卢森堡",
    "Malta": "马耳他",
    "Netherlands": "荷兰",
    "Poland": "波兰",
    "Portugal": "葡萄牙",
    "Romania": "罗马尼亚",
    "Slovakia": "斯洛伐克",
    "Slovenia": "斯洛文尼亚",
    "Spain": "西班牙",
    "Sweden": "瑞典",
    "Iceland": "冰岛",
    "Liechtenstein": "列支敦士登",
    "Norway": "挪威",
    # never drops what was typed (issue 14): discard question, reset text, saved path, dates
    "Discard your changes?": "放弃所做的修改？",
    "What you typed in this window is not saved yet. Closing it drops it.": (
        "你在此窗口中输入的内容尚未保存，关闭窗口将丢失这些内容。"
    ),
    "&Discard": "放弃(&D)",
    "&Keep editing": "继续编辑(&K)",
    "&Save": "保存(&S)",
    "Reset text": "恢复默认文字",
    "Replace your edited text with the default text for the current choices? Undo (Ctrl+Z) in "
    "the text brings your version back.": (
        "用当前选项的默认文字替换你修改过的正文？在正文中撤销（Ctrl+Z）可找回你的版本。"
    ),
    "The letter was saved as a PDF:": "函件已保存为 PDF：",
    "The copy was saved:": "副本已保存：",
    "Pick the date from a calendar (Alt+Down)": "从日历中选择日期（Alt+↓）",
    "Calendar": "日历",
    "YYYY-MM-DD (may stay empty)": "年-月-日（可留空）",
    "YYYY-MM-DD": "年-月-日",
    "Date of the deal": "交易日期",
    "Saved": "已保存",
    "Saved to": "保存位置",
    "Show in &folder": "在文件夹中显示(&F)",
    "Open the folder that holds the file": "打开该文件所在的文件夹",
    "Opening the saved PDF…": "正在打开已保存的 PDF…",
    "&Duplicate as new draft…": "复制为新草稿(&D)…",
    "Duplicate as new draft…": "复制为新草稿…",
    "Open the letter writer with this letter's choices and text": (
        "用这封函件的选项和正文打开函件编辑器"
    ),
    "Write a new letter with this letter's choices and text": "用这封函件的选项和正文写一封新函件",
    "Page %1": "第 %1 页",
    "The PDF as it was saved (%n page(s)); kept encrypted in the vault.": (
        "保存时的 PDF 原件（共 %n 页），加密保存在保险箱中。"
    ),
    "This letter was saved before the app kept a copy of its PDF. Write it again as a new draft "
    "with the same choices and text?": (
        "这封函件保存于本应用开始留存 PDF 副本之前。要用相同的选项和正文重新写一份新草稿吗？"
    ),
    "Show the letter's PDF as it was saved": "查看这封函件保存时的 PDF",
    # Back up vault…: the word in the new folder's name ("林小雨的保险箱 备份 2026-11-30")
    "backup": "备份",
    # face matching (app/matching/faces.py, context errors)
    "Face matching is not available in this installation: dlib or its face model files "
    "are missing.": "此安装无法使用人脸比对：缺少人脸识别组件或其模型文件。",
    "Face detection stopped unexpectedly: its helper process ended (perhaps out of memory). "
    "Nothing was changed; try again.": (
        "人脸检测意外中止：其辅助进程已结束（可能是内存不足）。没有做任何更改，请重试。"
    ),
    "Face detection was stopped before it finished (the vault was locked).": (
        "人脸检测在完成前被停止（保险箱已锁定）。"
    ),
    "The face model files could not be loaded; reinstall Likeness Vault to repair them.": (
        "无法加载人脸模型文件；请重新安装肖像保险箱以修复。"
    ),
    "Face detection failed on this picture (it may be too large); nothing was changed.": (
        "这张图片的人脸检测失败（图片可能过大）；没有做任何更改。"
    ),
    # the revocation manifest (撤回授权清单, issue 17): app/ui/manifest, app/services/manifest.py
    "Revocation manifest…": "撤回授权清单…",
    "Revocation manifest": "撤回授权清单",
    "A signed file of the hashes of the photos this buyer received and your withdrawn consent, "
    "that platforms can match without the photos": (
        "一份已签名的文件，列明这位买家收到的照片的哈希值和你撤回授权的声明，平台无需照片即可比对"
    ),
    "A signed file of the hashes of your photos and your withdrawn consent, that platforms can "
    "match without the photos": "一份已签名的文件，列明你照片的哈希值和你撤回授权的声明，平台无需照片即可比对",
    "Write the manifest": "生成清单",
    "One signed file (JSON) that tells a platform, a buyer or an AI company that these photos "
    "are of you and that you withdraw your consent. Their systems can recognise the photos from "
    "it automatically, without you sending the photos again.": (
        "一份已签名的文件（JSON），告诉平台、买家或人工智能公司：这些照片是你本人，你撤回授权。"
        "对方的系统可以据此自动识别这些照片，你无需再次发送照片。"
    ),
    "It contains: your chosen name, the date your withdrawal takes effect, what it covers, a "
    "contact for replies, the law it relies on, and for each photo two fingerprints (its SHA-256 "
    "and PDQ hashes: numbers computed from the photo, from which the photo cannot be rebuilt). "
    "It does not contain your photos, thumbnails, file names, prices or other buyers. It is "
    "signed with your vault's key, so anyone can check that it was not changed.": (
        "清单包含：你的常用名、撤回生效日期、撤回的范围、回复联系方式、所依据的法律，以及每张照片的"
        "两个指纹（SHA-256 和 PDQ 哈希值：由照片计算出的数字，无法据此还原照片）。清单不包含你的"
        "照片、缩略图、文件名、价格或其他买家。清单由你的保险箱密钥签名，任何人都可以核验它未被改动。"
    ),
    "All my photos (%1)": "我的全部照片（%1 张）",
    "Delivered to %1 (%2)": "交付给 %1 的照片（%2 张）",
    "Withdrawn from": "撤回生效日期",
    "E-mail address or phone number for replies": "用于回复的电子邮箱或电话号码",
    "Consent withdrawn for": "撤回授权的用途",
    "Training AI models": "训练人工智能模型",
    "Generating or synthesising content with my likeness (face swaps)": (
        "生成或合成含有我肖像的内容（换脸）"
    ),
    "Distributing and publishing": "传播、发布",
    "Only if you choose": "仅在你选择时加入",
    "Add my legal name (otherwise only my chosen name)": "加入我的真实姓名（否则只写常用名）",
    "Add your legal name to your details first": "请先在你的资料中填写真实姓名",
    "Add face embeddings (biometric data)": "加入人脸特征向量（生物识别信息）",
    "A face embedding is 128 numbers that describe your face: with it, a system can recognise "
    "your face in new pictures, not only in these photos. It is biometric data; once sent, it "
    "cannot be taken back. Leave it off unless the receiver asks for it.": (
        "人脸特征向量是描述你面部的 128 个数字：有了它，系统不仅能识别这些照片，还能在新的图片中认出"
        "你的脸。它属于生物识别信息，一旦发出便无法收回。除非对方要求，请不要勾选。"
    ),
    "Only possible while face matching is on (Sightings page, Face matching…).": (
        "只有在人脸比对开启时才能加入（发现记录页面，“人脸比对…”）。"
    ),
    "Manifest file": "清单文件",
    "revocation manifest": "撤回授权清单",
    "Save the revocation manifest": "保存撤回授权清单",
    "%1 already exists. Replace it with the new manifest?": "%1 已存在。要用新的清单替换它吗？",
    "Computing the hashes of photo %1 of %2: %3": "正在计算第 %1 张照片（共 %2 张）的哈希值：%3",
    "The revocation manifest was written:": "撤回授权清单已生成：",
    "SHA-256 of the file:": "文件的 SHA-256：",
    "Send the file as it is. The receiver checks it with likeness-vault-cli verify-manifest, or "
    "with OpenSSL, and should compare the key with the one you published. Your letters and "
    "takedown notices about these photos now name this file, and your evidence bundles include "
    "it.": (
        "请原样发送该文件。对方可以用 likeness-vault-cli verify-manifest 或 OpenSSL 核验，并应将签名"
        "密钥与你公布的密钥比对。今后涉及这些照片的解除许可通知和侵权通知会注明此文件，证据包也会附上它。"
    ),
    "The manifest was cancelled; no file was written.": "已取消生成清单，没有写入任何文件。",
    "Unknown scope {scope}: choose from {options} (comma-separated).": (
        "未知的范围 {scope}：请从 {options} 中选择（用逗号分隔）。"
    ),
    "Name at least one use the consent is withdrawn for: {options}.": (
        "请至少选择一项撤回授权的用途：{options}。"
    ),
    "Your chosen name is not set: a manifest says whose likeness it is. Add it to your details "
    "first (--display-name in the CLI).": (
        "你还没有填写常用名：清单需要说明这是谁的肖像。请先在你的资料中填写（命令行：--display-name）。"
    ),
    "Your legal name is not recorded, so it cannot be put in the manifest: add it to your "
    "details, or leave the legal name out.": (
        "你的资料中没有真实姓名，无法写入清单：请先填写，或不加入真实姓名。"
    ),
    "A manifest needs a contact for replies, and your details have no e-mail address or phone "
    "number: add one, or give the contact (--contact in the CLI).": (
        "清单需要一个回复联系方式，而你的资料中没有电子邮箱或电话号码：请填写一个，或直接给出联系方式"
        "（命令行：--contact）。"
    ),
    "The contact is longer than {limit} characters.": "联系方式超过 {limit} 个字符。",
    "The withdrawal date must be a date such as 2026-12-01, not {value}.": (
        "撤回生效日期必须是 2026-12-01 这样的日期，而不是 {value}。"
    ),
    "Face embeddings exist only while face matching is on; turn it on first (it computes them), "
    "or make the manifest without them.": (
        "人脸特征向量只在人脸比对开启时存在：请先开启人脸比对（开启后会计算它们），或生成不含人脸特征向量的清单。"
    ),
    "No photos are recorded as delivered to {name}: there is nothing to put in a manifest.": (
        "没有记录交付给 {name} 的照片：清单中没有可列出的内容。"
    ),
    "The vault has no photos: there is nothing to put in a manifest.": (
        "保险箱中没有照片：清单中没有可列出的内容。"
    ),
    "The face data of {name} is damaged; no manifest was written (turning face matching off and "
    "on computes it again).": (
        "{name} 的人脸数据已损坏，没有生成清单（关闭再开启人脸比对会重新计算）。"
    ),
    "{path} is a folder, not a manifest file.": "{path} 是文件夹，不是清单文件。",
    "{name} is larger than any revocation manifest; it was not read.": (
        "{name} 比任何撤回授权清单都大，未读取。"
    ),
    "{name} is not a JSON document (UTF-8).": "{name} 不是 JSON 文档（UTF-8）。",
    "The fingerprint written in the manifest, {written}, is not the one of its public key, "
    "{actual}.": "清单中写明的指纹 {written} 与其公钥的指纹 {actual} 不符。",
    "The signature does not match the manifest under the key it names: the manifest was altered "
    "after it was signed, or signed by another key.": (
        "按清单所列的密钥，签名与清单不符：清单在签名后被改动过，或是由其他密钥签名的。"
    ),
    "The manifest is signed by the key {key}, not by the expected key {expected}: whoever signed "
    "it is not the holder of the expected key.": (
        "该清单由密钥 {key} 签名，而不是预期的密钥 {expected}：签名者并非预期密钥的持有人。"
    ),
    "The manifest's {where} {what}.": "清单的 {where}：{what}。",
    "{name} is a revocation manifest the vault made; its kind stays as it is.": (
        "{name} 是保险箱生成的撤回授权清单，其类别不能更改。"
    ),
    "{name} names the member {member} twice in one object; it was refused (readers would "
    "disagree on which value counts).": (
        "{name} 在同一对象中两次出现成员 {member}，已拒绝读取（不同的读取程序会对哪个值有效产生分歧）。"
    ),
    "{name} is larger than any photo ({size} bytes); not read.": (
        "{name} 比任何照片都大（{size} 字节），未读取。"
    ),
    "The manifest {name} does not hold (see above); no image was checked against it.": (
        "清单 {name} 未通过核验（见上文），没有用它比对任何图片。"
    ),
    "Show in folder": "在文件夹中显示",
    "Save as": "保存为",
    "Signing key": "签名密钥",
    "Progress": "进度",
    "Replace the file?": "替换该文件？",
    "Signed with the key %1.": "签名密钥指纹：%1。",
    "Cancelled; nothing was written.": "已取消；没有写入任何文件。",
    "The file {path} cannot be read.": "无法读取文件 {path}。",
    # query input: what is dropped to find a photo (app/media/query.py, context errors)
    "{name}: there is no video in the file (it holds no pictures).": "{name}：文件里没有视频（没有任何画面）。",
    "{name}: not one picture could be decoded from the video (it is empty or damaged).": "{name}：无法从这个视频中解码出任何画面（视频是空的或已损坏）。",
    "{name}: a sound recording has no pictures to look for photos in.": "{name}：这是一段录音，没有可以在其中查找照片的画面。",
    "{name}: not a picture or video this app can look for photos in (JPEG, PNG, WebP, HEIC, MP4, MOV).": "{name}：不是本应用能在其中查找照片的图片或视频（JPEG、PNG、WebP、HEIC、MP4、MOV）。",
    "{name} is {size} MiB, more than the {limit} MiB a file to look for photos in may be; cut out the part that matters (a screenshot or a shorter clip).": "{name} 有 {size} MiB，超过了用来查找照片的文件上限 {limit} MiB；请截取相关的部分（一张截图或一段更短的视频）。",
    "{name} lasts {minutes} minutes, longer than the {limit} minutes a video to look for photos in may last; cut out the part that matters.": "{name} 长 {minutes} 分钟，超过了用来查找照片的视频时长上限 {limit} 分钟；请截取相关的部分。",
    "{name}: the video claims frames of {width}x{height} pixels, more than any screen; it was refused as a possible decompression bomb.": "{name}：这个视频声称画面有 {width}x{height} 像素，超过任何屏幕；它可能是“解压炸弹”，已拒绝。",
    "{name}: the video is truncated (the file ends too early).": "{name}：视频不完整（文件提前结束了）。",
    "{name}: the video cannot be decoded (it is damaged, or a kind of video this app does not read).": "{name}：无法解码这个视频（文件已损坏，或是本应用不支持的视频类型）。",
    # matching: the service and the CLI (app/services/matching.py, app/cli/match.py)
    "{name} ({id}) is left out of the search: its stored search data is damaged (check the "
    "vault).": "{name}（{id}）未参与搜索：它保存的搜索数据已损坏（请检查保险箱）。",
    "The faces of {name} ({id}) are left out of the search: their stored data is damaged "
    "(check the vault).": "{name}（{id}）的人脸未参与搜索：保存的人脸数据已损坏（请检查保险箱）。",
    "Face matching is off in this vault. Turn it on first (in the app: Sightings, Face "
    "matching…; from a script: the command face-matching); the faces of your photos are then "
    "indexed.": (
        "此保险箱未开启人脸比对。请先开启（应用内：发现记录页面的“人脸比对…”；脚本：face-matching "
        "命令），之后会为你的照片建立人脸索引。"
    ),
    "{name} shows none of the photos in this vault; no sighting was recorded.": (
        "{name} 中没有找到此保险箱里的任何照片；没有保存发现记录。"
    ),
    "{name} could not be read (the decoder failed on it); the other files were searched.": (
        "无法读取 {name}（解码器处理它时出错）；其他文件已照常搜索。"
    ),
    # matching in the GUI (app/ui/matching/): find in my photos, the match dialog, face matching
    "Saw your face somewhere? Drop a screenshot or a screen recording here, or paste one "
    "(Ctrl+V), to find which of your photos it shows.": (
        "在哪里看到了自己的脸？把截图或录屏拖到这里，或粘贴（Ctrl+V），找出它用的是你的哪张照片。"
    ),
    "Find in my photos…": "从我的照片中查找…",
    "Find in my photos": "从我的照片中查找",
    "Find which of your photos a screenshot or a screen recording shows": (
        "找出截图或录屏里用的是你的哪张照片"
    ),
    "Find in my photos: choose screenshots or a recording": "从我的照片中查找：选择截图或录屏",
    "Screenshots and recordings (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.gif *.bmp "
    "*.mp4 *.mov *.m4v *.webm *.mkv);;All files (*)": (
        "截图和录屏 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.gif *.bmp "
        "*.mp4 *.mov *.m4v *.webm *.mkv);;所有文件 (*)"
    ),
    "pasted image": "粘贴的图片",
    "dropped image": "拖入的图片",
    "The clipboard holds no picture: copy a screenshot first.": "剪贴板里没有图片：请先复制一张截图。",
    "Import into the vault": "导入保险箱",
    "Face matching": "人脸比对",
    "Face matching…": "人脸比对…",
    "Compare faces too (for face swaps): off until you turn it on": (
        "同时比对人脸（针对换脸）：默认关闭，需你自己开启"
    ),
    "In a face-swap video only your face is taken from your photos; the rest of the picture is "
    "someone else's. Face matching finds those too: it compares the faces in a screenshot with "
    "the faces in your photos.": (
        "换脸视频只从你的照片里取走了你的脸，画面的其余部分是别人的。人脸比对也能找出这类视频："
        "它把截图里的人脸和你照片里的人脸进行比较。"
    ),
    "To do that, the app measures the face in each of your photos (a list of numbers that "
    "describes a face). These measurements are biometric data: they are kept only inside your "
    "encrypted vault, never sent anywhere and never exported unless you choose to.": (
        "为此，本应用会测量你每张照片中的人脸（一组描述人脸的数字）。这些测量数据属于生物识别信息："
        "只保存在你的加密保险箱里，绝不会发送到任何地方，除非你自己选择，也绝不会被导出。"
    ),
    "Measuring runs in the background after you turn it on and can take a while for many "
    "photos. Turning it off deletes every face measurement at once.": (
        "开启后，测量会在后台进行，照片多时可能需要一段时间。关闭后，所有人脸测量数据会立即删除。"
    ),
    "Face matching is <b>on</b>": "人脸比对<b>已开启</b>",
    "Face matching is <b>off</b>": "人脸比对<b>已关闭</b>",
    " (since %1)": "（自 %1 起）",
    "Turn &off and delete face data…": "关闭并删除人脸数据(&O)…",
    "Turn &on": "开启(&O)",
    "Turn off face matching": "关闭人脸比对",
    "Turn off face matching and delete the face data of your photos?": (
        "要关闭人脸比对并删除你照片的人脸数据吗？"
    ),
    "Searches will no longer compare faces. If you turn it on again, the faces are measured "
    "again from your photos.": "之后的查找将不再比对人脸。如果再次开启，会从你的照片重新测量人脸。",
    "Turn off and &delete": "关闭并删除(&D)",
    "&Keep it on": "保持开启(&K)",
    "Also compare &faces": "同时比对人脸(&F)",
    "For face swaps: compare the faces in the picture with those in your photos": (
        "针对换脸：把画面中的人脸与你照片中的人脸进行比对"
    ),
    "Turn face matching on first (Face matching…): it is off by default": (
        "请先开启人脸比对（人脸比对…）：它默认是关闭的"
    ),
    "&What you gave:": "你提供的文件(&W)：",
    "What you gave": "你提供的文件",
    "Your &photos it may show (tick those it shows):": "其中可能是你的这些照片（请勾选确实用到的）(&P)：",
    "Your photos it may show": "其中可能是你的这些照片",
    "The picture you gave, the matched part outlined": "你提供的画面，匹配部分已框出",
    "Your photo": "你的照片",
    "Your picture": "你提供的画面",
    "&Record this sighting…": "记录这条发现(&R)…",
    "Open the sighting form with the ticked photos, their buyers and the picture": (
        "打开发现记录表单，填好勾选的照片、对应的买家和这张画面"
    ),
    "Write &takedown notice…": "写侵权通知(&T)…",
    "Looking for it in your photos…": "正在你的照片中查找…",
    "Stopping…": "正在停止…",
    "Looking at %1 (%2 of %3)…": "正在查看 %1（第 %2 个，共 %3 个）…",
    "The search was cancelled.": "查找已取消。",
    "The search was cancelled: what was looked at so far is shown.": "查找已取消：下面是已经查看过的部分。",
    "Nothing was looked at.": "没有查看任何文件。",
    "Found your photos in %n of what you gave.": "在你提供的 %n 个文件中找到了你的照片。",
    "Found: check the photos below.": "找到了：请核对下面的照片。",
    "None of your photos were found.": "没有找到你的照片。",
    "%n photo(s) are still being prepared for search; results may be incomplete.": (
        "还有 %n 张照片正在准备以供查找；结果可能不完整。"
    ),
    "could not be read": "无法读取",
    "no photo found": "未找到照片",
    "%n photo(s) found": "找到 %n 张照片",
    "This file could not be searched.": "无法在这个文件中查找。",
    "None of your photos were found in it.": "其中没有找到你的照片。",
    "Try a sharper screenshot, or one where your photo fills more of the screen.": (
        "试试更清晰的截图，或者你的照片在画面中占比更大的截图。"
    ),
    "For a recording, try a shorter clip around the moment you appear.": (
        "如果是录屏，试试只截取你出现的那一小段。"
    ),
    "If only your face was used (a face swap), turn on face matching (Face matching…) and "
    "search again.": "如果只用了你的脸（换脸），请开启人脸比对（人脸比对…）后再查找一次。",
    "If only your face was used, tick “Also compare faces”.": "如果只用了你的脸，请勾选“同时比对人脸”。",
    "Very likely the same face": "很可能是同一张脸",
    "Possibly the same face: please check": "可能是同一张脸，请您核对",
    "Very likely the same photo": "很可能是同一张",
    "Possibly this photo: please check": "可能是，请您核对",
    # H4: whose delivery copy a found picture is (match dialog)
    "Delivery copy": "交付副本",
    "The copy given to %1 (geometric code %2)": "交付给%1的副本（几何编码 %2）",
    "the picture is too small to tell buyers' copies apart": "画面太小，无法区分各买家的副本",
    "too few points of the photo could be matched": "能与照片比对上的特征点太少",
    "another buyer's code is nearly as close": "另一位买家的编码几乎同样接近",
    "its geometry is not close enough to the code": "画面的几何形变与该编码不够接近",
    "the reading is not sure": "识别结果不确定",
    "Possibly the copy given to %1 (geometric code %2): please check; %3. "
    "Notices and reports do not name this buyer.": (
        "可能是交付给%1的副本（几何编码 %2），请您核对；%3。侵权通知和证据包报告不会点名这位买家。"
    ),
    "the whole picture looks the same": "整张画面相同",
    "details of the picture match (also cropped, covered or angled)": (
        "画面细节一致（裁剪、遮挡或倾斜时也能认出）"
    ),
    "the face looks like yours in this photo": "人脸与这张照片中的你相似",
    "Set: %1": "套图：%1",
    "Buyers: %1": "买家：%1",
    "No buyer on record": "没有记录买家",
    "Frame at %1": "%1 处的画面",
    "No picture to show": "没有可显示的画面",
    "No photo found": "未找到照片",
    "Loading…": "正在载入…",
    "How sure": "把握程度",
    "Found because": "找到的依据",
    "Time in the recording": "在录屏中的时间",
    "Sold to": "卖给了",
    "nobody on record": "没有记录",
    "%1 with %2": "%1 与 %2",
    "The sighting is recorded. Next: ask the platform to take it down (Write takedown "
    "notice…).": "发现记录已保存。下一步：请平台下架（写侵权通知…）。",
    "matching data {key} of photo {name} ({id})": "照片 {name}（{id}）的比对数据 {key}",
    "the photo search index": "照片搜索索引",
    "{name}: not a file that can be read (a folder, a device or a pipe); choose the photo or "
    "video file itself.": "{name}：不是可以读取的文件（是文件夹、设备或管道）；请选择照片或视频文件本身。",
    # the uses vocabulary and the licence contract (issue 16, engineer I)
    "Face-swap short dramas": "AI换脸短剧",
    "Advertising": "广告宣传",
    "Resale as part of a dataset": "作为数据集转售",
    "Redistribution to third parties": "向第三方转发、分发",
    "Other uses": "其他用途",
    ", ": "、",
    "other uses as agreed, in your words": "其他约定用途，用你自己的话写",
    "The permitted uses must be a list of {options}.": "许可用途必须是以下各项的列表：{options}。",
    "Unknown permitted use {value}; the uses are {options}.": (
        "未知的许可用途 {value}；可选的用途有：{options}。"
    ),
    "A contract names you by your legal name: enter it in your details first.": (
        "授权协议要写明你的真实姓名：请先在“我的资料”里填写。"
    ),
    "A contract states the price: give it, 0 for none.": (
        "授权协议要写明价格：请填写，没有费用就填 0。"
    ),
    "A contract states whether the buyer may train AI models with the photos: choose yes "
    "or no.": "授权协议要写明买家能否用这些照片训练AI模型：请选择是或否。",
    "A contract states how long the licence runs: give an end date, or choose no end date.": (
        "授权协议要写明许可期限：请填写结束日期，或选择不设结束日期。"
    ),
    "A contract states what the photos may be used for: choose the uses.": (
        "授权协议要写明照片可以用于什么：请选择用途。"
    ),
    "The use “other” needs its text: say what the other use is.": (
        "选择了“其他用途”，就要写明是什么用途。"
    ),
    "The contract language must be one of {options}.": "协议语言必须是以下之一：{options}。",
    "The deal covers no photo: a contract needs one.": "这笔交易不含任何照片：授权协议至少需要一张。",
    "--deal makes a new contract from the deal's recorded terms; change the terms with "
    "edit-deal, not with --{option}.": (
        "--deal 按交易已记录的条件生成新版协议；修改条件请用 edit-deal，不要用 --{option}。"
    ),
    "A new contract needs --{option} (or --deal for an existing deal).": (
        "生成新协议需要 --{option}（已有的交易请用 --deal）。"
    ),
    # the New sale wizard (app/ui/sale), the Deals page's contract and deliveries (engineer L)
    "Opening the contract…": "正在打开授权协议…",
    "The contract as it was made (%n page(s)); kept encrypted in the vault.": "授权协议的原样（共 %n 页）；加密保存在保险箱里。",
    "New sale…": "新的授权…",
    "New sale": "新的授权",
    "A new sale: buyer, photos, fair terms, the contract, then delivery copies": "新的授权：买家、照片、公平的条款、授权协议，然后是交付副本",
    "Buyer, photos, fair terms, the contract, then delivery copies": "买家、照片、公平的条款、授权协议，然后是交付副本",
    "Deliver to buyer…": "交付给买家…",
    "New contract version…": "新版授权协议…",
    "New contract version": "新版授权协议",
    "The deal's terms changed since its contract: make a contract of the new terms": "交易条件在协议之后改过：按新条件生成授权协议",
    "Version %1": "第 %1 版",
    "open": "打开",
    "The deal's terms changed since its newest contract: make a new contract version (New contract version…).": "交易条件在最新一版协议之后改过：请生成新版授权协议（“新版授权协议…”）。",
    "Delivery copies": "交付副本",
    "Delivered file": "交付的文件",
    "Code": "编码",
    "Given to %1": "交给 %1",
    "Licence contract": "授权协议",
    "Language of the contract:": "协议语言：",
    "Language of the contract": "协议语言",
    "Save the contract": "保存授权协议",
    "New contract version saved as %1 and attached to the deal.": "新版授权协议已保存为 %1，并附在交易上。",
    "< &Back": "< 上一步(&B)",
    "&Next >": "下一步(&N) >",
    "Who is buying? Choose the buyer, or add a new one.": "谁来买？选择买家，或添加一位新买家。",
    "The contract names the buyer as recorded: the nickname, the platform and its ID, and the real name, company and contact when you know them. The platform ID (Xianyu, WeChat…) is also where notices can be sent.": "协议按记录写明买家：昵称、平台及账号，以及你知道的真实姓名、公司和联系方式。平台账号（闲鱼、微信…）也是发送通知的渠道。",
    "Photos in this sale": "本次授权的照片",
    "Tick the photos the buyer gets. The contract lists each one with its thumbnail and SHA-256, so nobody can later claim other photos.": "勾选买家得到的照片。协议逐张列出缩略图和 SHA-256，日后谁也不能说还包括别的照片。",
    "Only what you tick is allowed; anything else needs your consent.": "只允许你勾选的用途；其他用途都要经过你同意。",
    "Permitted uses:": "许可用途：",
    "No: the photos may not train AI models": "不允许：照片不得用于训练 AI 模型",
    "Yes: the buyer may train AI models with them": "允许：买家可以用照片训练 AI 模型",
    "Training means a model learns your face from the photos and can make new pictures or videos of you without them; a trained model cannot simply forget. With No, the delivery copies also say that text and data mining is prohibited.": "训练的意思是：模型从照片中学会你的脸，以后不用这些照片也能生成你的新图片或视频；训练好的模型无法简单地“忘掉”。选“不允许”时，交付副本里也会写明禁止文本与数据挖掘。",
    "AI training:": "AI 训练：",
    "Platforms and territory": "平台和地域",
    "Where the buyer may publish. Left empty, the contract says so.": "买家可以在哪里发布。留空时，协议会写明未约定。",
    "Platforms / territory:": "平台 / 地域：",
    "Until": "截止到",
    "No end date": "不设结束日期",
    "Warning: with no end date, Civil Code art. 1022 ¶1 applies: when the term of a licence to use one's likeness is not agreed or is unclear, either side may end it at any time, giving reasonable notice in advance. That helps you (you can take your face back at any time), but a buyer may not accept it, and a dispute about what was agreed is harder. An end date is clearer for both.": "注意：不设结束日期时，适用民法典第一千零二十二条第一款：对肖像许可使用期限没有约定或者约定不明确的，任何一方都可以随时解除，但应当在合理期限之前通知对方。这对你有利（随时可以收回你的脸），但买家可能不接受，而且对约定内容的争议更难处理。写明结束日期对双方都更清楚。",
    "Term:": "期限：",
    "0 for none": "无偿填 0",
    "Price:": "价格：",
    "Contract language:": "协议语言：",
    "Give the buyer these copies, not your originals: each copy is rebuilt from the pixels (no GPS, camera or other private data), says whose it is and on what terms, and carries a small change of geometry that tells this buyer's copy apart from every other buyer's, even after re-saving.": "请把这些副本交给买家，而不是原图：每份副本都从像素重新生成（不含 GPS、相机等私人信息），写明权利人和许可条件，并带有细微的几何变化，即使被重新保存，也能把这位买家的副本和其他买家的区分开。",
    "Also sign each copy (C2PA content credentials)": "同时为每份副本签名（C2PA 内容凭证）",
    "Readers show it as untrusted unless they trust your certificate; any re-save strips it. Your certificate's root is written beside the copies (performer-root.pem): whoever trusts it sees them signed by you.": "除非查看软件信任你的证书，否则会显示为“不受信任”；任何重新保存都会去掉签名。你的根证书（performer-root.pem）会写在副本旁边：信任它的人就能看到这些副本由你签名。",
    "Copies written to %1 and recorded on the deal (%2):": "副本已写入 %1，并记录在交易上（共 %2 份）：",
    "Deliver to a folder…": "交付到文件夹…",
    "Deliver as a ZIP file…": "交付为压缩包…",
    "Deliver as a ZIP file": "交付为 ZIP 文件",
    "Deliver to a folder": "交付到文件夹",
    "ZIP files (*.zip)": "ZIP 文件 (*.zip)",
    "1 Buyer": "1 买家",
    "2 Photos": "2 照片",
    "3 Terms": "3 条款",
    "4 Contract": "4 授权协议",
    "5 Delivery copies": "5 交付副本",
    "&Create the contract…": "生成授权协议(&C)…",
    "Preparing the preview…": "正在准备预览…",
    "This is the contract as it will be saved: %n page(s).": "这就是将要保存的授权协议：共 %n 页。",
    "The deal is recorded with its contract attached, and the contract was saved as %1. Print it or send it to the buyer to sign.": "交易已记录，授权协议已附在交易上，并保存为 %1。请打印或发给买家签署。",
    "Making the delivery copies…": "正在生成交付副本…",
    "Cancelled: no copy was written and nothing was recorded.": "已取消：没有写出任何副本，也没有记录任何内容。",
    "Deliver to buyer": "交付给买家",
    "Delivery copies of the deal of %1 with %2.": "%1 与 %2 的交易的交付副本。",
    # delivery copies (app/services/delivery.py, app/cli/deliver.py)
    "Photo {name} has been delivered to {count} deals already: every code that tells its copies apart is taken.": "照片 {name} 已交付给 {count} 个交易：能区分各份副本的编码已全部用完。",
    "The deal {deal} has no photos to deliver.": "交易 {deal} 没有可交付的照片。",
    "{path} is a file, not a folder; it was left as it is.": "{path} 是一个文件，不是文件夹；未作改动。",
    "C2PA signing is not available in this version; deliver without --c2pa.": "此版本无法进行 C2PA 签名；请不加 --c2pa 交付。",
    # contract date and payment terms (app/ui/widgets/payment_field.py, the New sale wizard,
    # the deal dialog; app/services/payment.py, app/services/contracts.py: engineer H5)
    "In full before delivery": "交付前一次付清",
    "In full on delivery": "交付时一次付清",
    "In full within %1 days of delivery": "交付后 %1 日内一次付清",
    "In instalments: %1": "分期支付：%1",
    "Already paid in full on %1": "已于 %1 付清",
    "Other: %1": "其他：%1",
    "In full within days of delivery": "交付后若干日内付清",
    "In instalments": "分期支付",
    "Already paid": "已经付清",
    "Payment terms": "付款方式",
    " days": " 日",
    "Days to pay after delivery": "交付后几日内付款",
    "Date it was paid": "付款日期",
    "How and when it is paid": "付款方式和时间",
    "e.g. 100 on signing, the rest within 7 days of delivery": "例如：签约时付 100 元，余款交付后 7 日内付清",
    "how and when the price is paid, in your words": "用你自己的话写明怎样、何时付款",
    "Date of the contract": "协议签订日期",
    "The day the contract is signed: the deal's date and the start of the licence. Today, or an earlier day for a deal already made.": "签订协议的日期：也是交易的日期和许可的起始日。填今天；已经成交的交易可以填更早的日期。",
    "Contract date:": "签订日期：",
    "How and when the buyer pays. The contract states exactly this; with a price of 0 it says the licence is free.": "买家怎样、何时付款。协议会如实写明；价格为 0 时，协议写明无偿许可。",
    "Payment:": "付款方式：",
    "Pa&yment:": "付款方式(&Y)：",
    "Payment": "付款方式",
    "The payment terms must be one of {options}, not {value}.": "付款方式必须是 {options} 之一，不能是 {value}。",
    "The date of payment must be a date written YYYY-MM-DD, not {value}.": "付款日期必须写成 YYYY-MM-DD 格式，不能是 {value}。",
    "The price cannot already have been paid on {date}: that day is after today.": "价款不可能已于 {date} 付清：那一天在今天之后。",
    "The days to pay must be a whole number from 1 to {max}, not {value}.": "付款天数必须是 1 到 {max} 之间的整数，不能是 {value}。",
    "Payment within days of delivery needs the number of days.": "选择交付后若干日内付款，需要写明天数。",
    "A number of days to pay is only given with payment within days.": "只有选择交付后若干日内付款时，才填写付款天数。",
    "A price already paid needs the date it was paid.": "已经付清的价款需要写明付款日期。",
    "A date of payment is only given when the price was already paid.": "只有价款已经付清时，才填写付款日期。",
    "Payment in instalments or in another way needs its text: say how and when the price is paid.": "分期支付或其他付款方式需要文字说明：写明怎样、何时付款。",
    "A payment text is only given with payment in instalments or in another way.": "只有分期支付或其他付款方式才填写付款说明。",
    "A contract states how and when the price is paid: choose the payment terms.": "协议要写明价款怎样、何时支付：请选择付款方式。",
    "The contract date {date} is after today ({today}): a contract is dated the day it is made or earlier.": "协议日期 {date} 在今天（{today}）之后：协议的日期只能是签订当天或更早。",
    "The licence would end on {until}, before the contract date {date}: give an end date on or after it.": "许可将于 {until} 结束，早于协议日期 {date}：请填写不早于协议日期的结束日期。",
    "A new contract with a price needs --payment: how and when it is paid.": "有价格的新协议需要 --payment：写明怎样、何时付款。",
    # H3: a restore never turns face matching on (prompts.notice_sentences); full-disk match
    "This saved state had face matching on, but it was turned off on this computer on %1: it "
    "stays off. No face is measured again, and the face measurements this state named (%2 "
    "photo(s)) are deleted; turn face matching on again only if you want it.": (
        "这个保存状态中人脸比对是开启的，但你已于 %1 在这台电脑上把它关闭：它保持关闭。不会再测量任何人脸，"
        "这个状态记录的人脸测量数据（%2 张照片）已被删除；只有在你确实需要时才重新开启人脸比对。"
    ),
    "Face matching is off in this saved state (it was on here since %1): it stays off and no "
    "face is measured. Turn it on again only if you want it.": (
        "这个保存状态中人脸比对是关闭的（在这台电脑上它自 %1 起是开启的）：它保持关闭，不会测量任何人脸。"
        "只有在你确实需要时才重新开启。"
    ),
    "%n photo(s) could not be indexed and were not searched: %1 The photos already indexed "
    "were searched.": ("%n 张照片无法建立索引，未被查找：%1已建立索引的照片都已查找。"),
}


def fill(path: Path, force: bool = False) -> tuple[int, list[str]]:
    tree = ET.parse(path)  # noqa: S314 - our own .ts file, written by lupdate
    filled = 0
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        done = translation.get("type") != "unfinished" and (
            (translation.text or "").strip() or len(translation)
        )
        if source not in ZH:
            if not done:
                missing.append(source)
            continue
        if done and not force:
            continue
        text = ZH[source]
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, missing


EN_TS = TS.with_name("likeness_vault_en.ts")

# English needs no translation but its plurals: "%n deal(s)" is "1 deal" / "2 deals". The two
# forms come from "(s)" (dropped / "s"); a verb that agrees with the count is listed here.
EN_SINGULAR: dict[str, str] = {
    "are intact": "is intact",
    "were already": "was already",
    "belong to": "belongs to",
    "stay in the vault": "stays in the vault",
    "are still being prepared": "is still being prepared",
}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a "%n ...(s)" source."""
    singular, plural = source.replace("(s)", ""), source.replace("(s)", "s")
    for many, one in EN_SINGULAR.items():
        singular = singular.replace(many, one)
    return singular, plural


def fill_english_plurals(path: Path, force: bool = False) -> int:
    """Give every unfinished numerus message of the English .ts its two forms."""
    tree = ET.parse(path)  # noqa: S314 - our own .ts file, written by lupdate
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished" and not force:
            continue
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def main() -> int:
    filled, missing = fill(TS, force="--force" in sys.argv)
    print(f"filled {filled} translation(s) in {TS.name}")
    plurals = fill_english_plurals(EN_TS, force="--force" in sys.argv)
    print(f"filled {plurals} plural(s) in {EN_TS.name}")
    if missing:
        print(f"{len(missing)} message(s) still without a translation (other modules' strings?):")
        for source in missing:
            print(f"  {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
