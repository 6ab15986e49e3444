"""Fill the zh_CN translations of the desktop app into resources/i18n/likeness_vault_zh_CN.ts.

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
    "Revocation": "撤回授权通知",
    "Deletion request": "删除请求",
    "Takedown notice": "下架通知",
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
    "The change could not be saved (the disk may be full or not writable). The vault on disk is unchanged.": "修改未能保存（磁盘可能已满或不可写）。磁盘上的保险箱保持原样。",
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
    "Revocation letters, takedown notices and reminders, with their status and deadline. Choose one to see it.": "撤回授权通知、下架通知和催告函，以及它们的状态和期限。选择一封查看详情。",
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
    "Used on letters, takedown notices and evidence reports. They are kept encrypted in the vault like everything else.": "用于函件、下架通知和证据报告。它们和其他内容一样加密保存在保险箱里。",
    "separate with commas": "用逗号或顿号分隔",
    "Platforms and courts need it with a takedown notice; letters to buyers leave it out unless you choose otherwise.": "向平台发下架通知或向法院提交时需要；发给买家的函件默认不写，除非你另行选择。",
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
    "Looking for leftover files…": "正在查找残留文件…",
    "Leftover files": "残留文件",
    "There are no leftover files: every encrypted file belongs to a kept saved state of the vault.": "没有残留文件：每个加密文件都属于保险箱保留的某个已保存状态。",
    "%n encrypted file(s), %1 in all, belong to no kept saved state of the vault.": "有 %n 个加密文件（共 %1）不属于保险箱保留的任何已保存状态。",
    "They are left by an interrupted save, or they belong to a newer save whose index file is missing (for example a backup restored without it). Opening the vault never deletes them. Remove them only if no newer save is missing: this cannot be undone.": "它们可能是被中断的保存留下的，也可能属于一次较新的保存，而那次保存的索引文件缺失了（例如恢复备份时没有带上它）。打开保险箱从不删除它们。请先确认没有缺少较新的保存再清除：此操作无法撤销。",
    "The vault folder contains a link to another place; the vault was not opened and nothing was changed.": "保险箱文件夹中有指向别处的链接；保险箱未打开，也没有任何改动。",
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


def main() -> int:
    filled, missing = fill(TS, force="--force" in sys.argv)
    print(f"filled {filled} translation(s) in {TS.name}")
    if missing:
        print(f"{len(missing)} message(s) still without a translation (other modules' strings?):")
        for source in missing:
            print(f"  {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
